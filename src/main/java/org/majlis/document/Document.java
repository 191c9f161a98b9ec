package org.majlis.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;
import org.majlis.graphql.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A source document, verbatim: the text that every evidence quote is taken from.")
public class Document extends PanacheEntityBase implements Node {

    public static final String TYPE = "Document";

    @Id
    @Ignore
    public String slug;

    @NonNull
    @Description("The title: the source's headline, or an editorial one where the source has none.")
    public String title;

    @NonNull
    @Description("Who published it, e.g. Al-Araby Al-Jadeed.")
    public String publisher;

    /** The slug of the publisher as an Organisation, when it is one; exposed as publishedBy. */
    @Ignore
    @Column(name = "publisher_organisation")
    public String publisherSlug;

    @NonNull
    @Description("The day it was published; relative dates in the text ('today', 'last August') count from it.")
    public LocalDate publishedOn;

    @NonNull
    @Description("BCP 47 tag of the language of the text, e.g. ar.")
    public String language;

    @Description("Where it was published, when known.")
    public String url;

    @NonNull
    @Column(length = 1_000_000) // no @Lob: Hibernate would map it to an oid (a large-object handle) on PostgreSQL
    @Description("The full text, verbatim. Evidence offsets are UTF-16 code units into it: text.slice(start, end) === quote.")
    public String text;

    @NonNull
    @Description("Counts the changes made to the document: 1 as imported or created. An edit names the version it "
            + "changes, and is refused with CONFLICT when someone changed the document since.")
    public int version = 1;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The global id, Document:<slug>.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    @NonNull
    @Description("Whose the text is and on what terms it is shown: it stays its publisher's (all rights reserved), "
            + "reproduced verbatim as the evidence the claims quote; cite it by publisher, publishedOn and url. The "
            + "claims and the graph are published under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).")
    public String getRights() {
        return Rights.of(this);
    }

    /**
     * Who published each document, when and where, without its text: what a list of claims cites. Each row is
     * {slug, publisher, publishedOn, url}.
     */
    public static List<Object[]> citations(Collection<String> slugs) {
        return getEntityManager().createQuery("select d.slug, d.publisher, d.publishedOn, d.url from Document d "
                + "where d.slug in ?1", Object[].class).setParameter(1, slugs).getResultList();
    }

    /** The texts of the documents with these slugs, by slug; read a thousand at a time (the bound of an IN list). */
    public static Map<String, String> texts(Collection<String> slugs) {
        List<String> all = List.copyOf(slugs);
        Map<String, String> texts = new HashMap<>();
        for (int from = 0; from < all.size(); from += TEXTS_AT_ONCE) {
            texts.putAll(texts(getEntityManager().createQuery("select d.slug, d.text from Document d where d.slug in ?1",
                    Object[].class).setParameter(1, all.subList(from, Math.min(all.size(), from + TEXTS_AT_ONCE)))
                    .getResultList()));
        }
        return texts;
    }

    private static final int TEXTS_AT_ONCE = 1000;

    private static Map<String, String> texts(List<Object[]> rows) {
        Map<String, String> texts = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> texts.put((String) row[0], (String) row[1]));
        return texts;
    }

    public static boolean exists(String slug) {
        return count("slug", slug) > 0;
    }

    public static List<Document> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    /** The document a mutation's input names, or null and the problem added on its field ("document"). */
    public static Document named(String id, InputErrors errors) {
        String slug = errors.slugOf(id, TYPE, InputErrors.field("document"));
        if (slug == null) {
            return null;
        }
        Document document = findById(slug);
        errors.requireFound(document != null, id, InputErrors.field("document"), "add the document first (createDocument).");
        return document;
    }
}
