package org.majlis.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.majlis.auth.Writer;
import org.majlis.change.ChangeKind;
import org.majlis.change.ChangeLog;
import org.majlis.change.Edits;
import org.majlis.change.Versioned;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InvalidArgumentException;
import org.majlis.graphql.UserError;
import org.majlis.organisation.Organisation;

/**
 * Adds and edits documents: each write checks its input by {@link DocumentRules}, then, one writer at a time
 * ({@link ChangeLog#begin()}), what the database holds (a slug taken, a stale version), and writes the document and
 * its change together, or nothing.
 */
@ApplicationScoped
public class DocumentWrites {

    private final ChangeLog changes;
    private final Edits edits;

    DocumentWrites(ChangeLog changes, Edits edits) {
        this.changes = changes;
        this.edits = edits;
    }

    @Transactional
    public DocumentPayload create(CreateDocumentInput input, Writer writer) {
        List<UserError> errors = new ArrayList<>(input.slug != null ? DocumentRules.checkSlug(input.slug) : List.of());
        errors.addAll(DocumentRules.check(new DocumentRules.Fields(input.title, input.publisher, input.language,
                input.url), true));
        errors.addAll(DocumentRules.checkText(input.text));
        String organisation = publisherOrganisation(input.publisherOrganisation, errors);
        if (!errors.isEmpty()) {
            return DocumentPayload.refused(errors);
        }
        String slug = input.slug != null ? input.slug : DocumentRules.slugFor(input.publishedOn, input.text);
        changes.begin();
        if (Document.exists(slug)) {
            return DocumentPayload.refused(List.of(input.slug != null
                    ? UserError.onInput("TAKEN", "slug", "Document:" + slug
                            + " already exists: give the new document a slug of its own.")
                    : UserError.onInput("TAKEN", "text", "This text, published on " + input.publishedOn + ", is already "
                            + "Document:" + slug + ": the same text on the same day is one document.")));
        }
        Document document = new Document();
        document.slug = slug;
        document.title = input.title.strip();
        document.publisher = input.publisher.strip();
        document.publisherSlug = organisation;
        document.publishedOn = input.publishedOn;
        document.language = input.language;
        document.url = input.url;
        document.text = input.text;
        document.persist();
        changes.record(document.getId(), ChangeKind.CREATED, document.version, writer, null, fields(document));
        return DocumentPayload.done(document);
    }

    @Transactional
    public DocumentPayload edit(EditDocumentInput input, Writer writer) {
        Edits.Edited<Document> edited = edits.edit(KIND, input.id, input.version, writer, document -> {
            List<UserError> errors = DocumentRules.check(new DocumentRules.Fields(input.title, input.publisher, null,
                    input.url), false);
            if (errors.isEmpty()) {
                if (input.title != null) {
                    document.title = input.title.strip();
                }
                if (input.publisher != null) {
                    document.publisher = input.publisher.strip();
                }
                if (input.publishedOn != null) {
                    document.publishedOn = input.publishedOn;
                }
                if (input.url != null) {
                    document.url = input.url;
                }
            }
            return errors;
        });
        return new DocumentPayload(edited.node(), edited.userErrors());
    }

    /** Documents as the shared procedures find, version and remember them. */
    private static final Versioned<Document> KIND = new Versioned<>(Document.TYPE, slug -> Document.findById(slug),
            document -> document.version, document -> document.version++, DocumentWrites::fields);

    private static String publisherOrganisation(String id, List<UserError> errors) {
        if (id == null) {
            return null;
        }
        try {
            String slug = GlobalId.slugOf(id, Organisation.TYPE, "publisherOrganisation");
            if (Organisation.findBySlugs(List.of(slug)).isEmpty()) {
                errors.add(UserError.onInput("NOT_FOUND", "publisherOrganisation", "There is no " + id
                        + ": name an organisation of the graph, or leave it out."));
            }
            return slug;
        } catch (InvalidArgumentException e) {
            errors.add(UserError.onInput("INVALID", "publisherOrganisation", e.getMessage()));
            return null;
        }
    }

    /** What the history keeps of a document: every field but its text, which never changes. */
    private static Map<String, Object> fields(Document document) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", document.title);
        fields.put("publisher", document.publisher);
        fields.put("publisherOrganisation", document.publisherSlug == null ? null
                : GlobalId.of(Organisation.TYPE, document.publisherSlug));
        fields.put("publishedOn", document.publishedOn.toString());
        fields.put("language", document.language);
        fields.put("url", document.url);
        return fields;
    }
}
