INSERT INTO Actor (id, slug, name) SELECT X, 'actor-' || X, 'Actor ' || X FROM SYSTEM_RANGE(1, 1000);
