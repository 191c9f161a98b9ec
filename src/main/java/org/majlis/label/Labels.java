package org.majlis.label;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.majlis.graphql.GlobalId;
import org.majlis.graphql.InputErrors;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A mutation's names and aliases of a node: checked by {@link LabelRules} (the seeds' own), then written as the
 * node's labels, replacing those it had.
 */
public final class Labels {

    // The column's width (V1__knowledge_graph.sql): refused as TOO_LONG, never a database error.
    private static final int TEXT_CHARACTERS = 1000;
    private static final int SLUG_CHARACTERS = 200;
    private static final Pattern LANGUAGE = Pattern.compile(LabelRules.LANGUAGE);

    private Labels() {
    }

    /**
     * The slug a node added without one gets: its English name in lower case, letters stripped of accents, every other
     * run of characters a '-' (Sergei Lavrov gives sergei-lavrov); null when that leaves nothing.
     */
    public static String slugOf(List<LabelInput> names) {
        return names == null ? null : names.stream().filter(n -> "en".equals(n.lang)).findFirst().map(n -> {
            String folded = Normalizer.normalize(n.text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            return folded.isEmpty() ? null : folded;
        }).orElse(null);
    }

    /**
     * The slug of a node being added: the one given, or else the one its English name makes; checked, with a
     * problem on the input's slug when it is not one (e.g. the example's form).
     */
    public static String newSlug(String given, List<LabelInput> names, String example, InputErrors errors) {
        String slug = given != null ? given : slugOf(names);
        if (slug == null) {
            errors.add("INVALID", InputErrors.field("slug"), "The English name gives no slug: give one, e.g. " + example + ".");
        } else if (!slug.matches(GlobalId.SLUG_PATTERN)) {
            errors.add("INVALID", InputErrors.field("slug"), "The slug " + GlobalId.SLUG_MESSAGE + ", e.g. " + example + ".");
        } else {
            errors.maxLength(slug, SLUG_CHARACTERS, InputErrors.field("slug"));
        }
        return slug;
    }

    /** Adds the problems with the names and aliases given to errors, each on its path. */
    public static void check(List<LabelInput> names, List<LabelInput> aliases, InputErrors errors) {
        form(names, "names", errors);
        form(aliases, "aliases", errors);
        for (LabelRules.Problem problem : LabelRules.check(spellings(names), spellings(aliases))) {
            String list = problem.alias() ? "aliases" : "names";
            errors.add("INVALID", problem.index() < 0 ? InputErrors.field(list) : InputErrors.field(list, problem.index()),
                    Character.toUpperCase(problem.message().charAt(0)) + problem.message().substring(1) + ".");
        }
    }

    private static void form(List<LabelInput> labels, String list, InputErrors errors) {
        for (int i = 0; labels != null && i < labels.size(); i++) {
            LabelInput label = labels.get(i);
            if (!LANGUAGE.matcher(label.lang).matches()) {
                errors.add("INVALID", InputErrors.field(list, i, "lang"), "The language " + LabelRules.LANGUAGE_MESSAGE + ".");
            }
            errors.requireText(label.text, InputErrors.field(list, i, "text"));
            errors.maxLength(label.text, TEXT_CHARACTERS, InputErrors.field(list, i, "text"));
        }
    }

    private static List<LabelRules.Spelling> spellings(List<LabelInput> labels) {
        return labels == null ? null : labels.stream().map(l -> new LabelRules.Spelling(l.lang, l.text.strip())).toList();
    }

    /**
     * Writes the node's labels: the names given (or those it has, when null), then the aliases given (or those it
     * has). New labels are numbered after the last one; writers write one at a time (org.majlis.change.ChangeLog),
     * so two never take the same number.
     */
    public static void write(String nodeId, List<LabelInput> names, List<LabelInput> aliases) {
        List<Label> current = Label.ofNode(nodeId);
        List<Label> keptNames = current.stream().filter(l -> !l.alias).toList();
        List<Label> keptAliases = current.stream().filter(l -> l.alias).toList();
        current.forEach(Label::delete);
        Panache.getEntityManager().flush();
        long next = ((Number) Panache.getEntityManager().createQuery("select coalesce(max(l.id), 0) from Label l")
                .getSingleResult()).longValue() + 1;
        List<Label> labels = new ArrayList<>();
        labels.addAll(names == null ? copies(keptNames) : labels(names, false));
        labels.addAll(aliases == null ? copies(keptAliases) : labels(aliases, true));
        int ordinal = 0;
        for (Label label : labels) {
            label.id = next++;
            label.nodeId = nodeId;
            label.ordinal = ordinal++;
            label.persist();
        }
    }

    /**
     * Folds one node's labels into another's: the survivor keeps its names; every spelling of the other that it does
     * not have already (in that language) becomes its alias. The other is left with none.
     */
    public static void merge(String fromId, String intoId) {
        List<Label> into = Label.ofNode(intoId);
        List<LabelInput> aliases = new ArrayList<>(into.stream().filter(l -> l.alias).map(Labels::input).toList());
        Set<String> spelt = new HashSet<>();
        into.forEach(l -> spelt.add(l.lang + "\u0000" + l.text));
        for (Label label : Label.ofNode(fromId)) {
            if (spelt.add(label.lang + "\u0000" + label.text)) {
                aliases.add(input(label));
            }
        }
        write(fromId, List.of(), List.of());
        write(intoId, null, aliases);
    }

    private static LabelInput input(Label label) {
        LabelInput input = new LabelInput();
        input.lang = label.lang;
        input.text = label.text;
        input.background = label.background;
        return input;
    }

    private static List<Label> labels(List<LabelInput> inputs, boolean alias) {
        return inputs.stream().map(input -> {
            Label label = new Label();
            label.alias = alias;
            label.lang = input.lang;
            label.text = input.text.strip();
            label.background = Boolean.TRUE.equals(input.background);
            return label;
        }).toList();
    }

    private static List<Label> copies(List<Label> kept) {
        return kept.stream().map(old -> {
            Label label = new Label();
            label.alias = old.alias;
            label.lang = old.lang;
            label.text = old.text;
            label.background = old.background;
            return label;
        }).toList();
    }

    /** What the history keeps of a node's labels: its names and aliases, each with its language. */
    public static Map<String, Object> fields(String nodeId) {
        List<Label> labels = Label.ofNode(nodeId);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("names", labels.stream().filter(l -> !l.alias).map(Labels::field).toList());
        fields.put("aliases", labels.stream().filter(l -> l.alias).map(Labels::field).toList());
        return fields;
    }

    private static Map<String, Object> field(Label label) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("lang", label.lang);
        field.put("text", label.text);
        field.put("background", label.background);
        return field;
    }
}
