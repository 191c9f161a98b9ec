package org.majlis.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.majlis.actor.Actor;
import org.majlis.evidence.ClaimStatus;
import org.majlis.organisation.Organisation;
import org.majlis.organisation.OrganisationKind;
import org.majlis.search.TextToken;
import org.majlis.seed.SeedFiles.Localized;
import org.majlis.seed.SeedFiles.RoleSeed;

/**
 * Roles from a title standing before a name ("Russian Foreign Minister Sergei Lavrov", «وزير الخارجية الروسي سيرغي
 * لافروف», «عضو المجلس الرئاسي عبد الله اللافي»): going back from the name over the title, its nationality, the body
 * it names and a few words more (المكلف, العامة) until a pause, a verb of meeting, a date or another person. The
 * organisation is the body the title names, or the one its nationality's state holds of the kind the title says
 * (a ministry of foreign affairs), or the state itself for a post of state.
 */
final class Roles {

    static final String RULE = "title-and-name";

    /** A title found before a name: tokens {@code [first, name.last]}. */
    record Found(Reading.Name name, int first, int titleEnd, Lexicon.Title title, String organisation, boolean former,
            boolean acting) {
    }

    /** Words before a title's name that are neither title, nationality, nor a body's name, and may stand inside it (العامة). */
    private static final int MAX_OTHER_WORDS = 2;

    private Roles() {
    }

    static List<Found> in(Reading r, Vocabulary v, KnownGraph graph, List<Dates.Found> dates) {
        boolean[] dated = new boolean[r.tokens.size()];
        dates.forEach(d -> {
            for (int k = d.first(); k <= d.last(); k++) {
                dated[k] = true;
            }
        });
        Phrases.Match<Lexicon.Title>[] titleEnding = ending(r, v.titles);
        Phrases.Match<String>[] nationalityEnding = ending(r, v.nationalities);
        List<Found> found = new ArrayList<>();
        for (Reading.Name name : r.names) {
            if (!name.of(Actor.TYPE) || name.ambiguous()) {
                continue;
            }
            int j = name.first() - 1;
            int leftmost = -1;
            int titleEnd = -1;
            int others = 0;
            Lexicon.Title post = null;
            boolean former = false;
            boolean acting = false;
            String country = null;
            String body = null;
            while (j >= 0 && r.sameSentence(j, name.first())) {
                if (j + 1 < name.first() && r.pauseBefore(j + 1)) {
                    break;
                }
                Reading.Name other = r.nameAt[j];
                Phrases.Match<Lexicon.Title> title = titleEnding[j];
                Phrases.Match<String> nationality = nationalityEnding[j];
                if (other != null && !other.of(Actor.TYPE) && !other.ambiguous()) {
                    if (other.of(Organisation.TYPE) && body == null) {
                        body = other.nodeId();
                    }
                    leftmost = other.first();
                    j = other.first() - 1;
                } else if (other != null || dated[j] || v.triggers.at(r.tokens, j) != null) {
                    break;
                } else if (title != null) {
                    if (title.value().isPost()) {
                        post = title.value();
                        leftmost = title.first();
                        titleEnd = titleEnd < 0 ? title.last() : titleEnd;
                    }
                    former |= title.value().former();
                    acting |= title.value().acting();
                    j = title.first() - 1;
                } else if (nationality != null) {
                    country = nationality.value();
                    leftmost = nationality.first();
                    j = nationality.first() - 1;
                } else if (Vocabulary.is(v.joiners, r.tokens, j) || isArticle(r.tokens.get(j))) {
                    j--;
                } else if (others < MAX_OTHER_WORDS && r.tokens.get(j).arabic()) {
                    others++;
                    j--;
                } else {
                    break;
                }
            }
            if (post != null) {
                found.add(new Found(name, leftmost, titleEnd, post, organisation(graph, post, body, country), former, acting));
            }
        }
        return found;
    }

    private static boolean isArticle(TextToken token) {
        return token.form().equals("the") || token.form().equals("a");
    }

    /** For each token, the phrase that ends there and starts furthest back ("رئيس" ends where "رئيس حكومة" does not). */
    @SuppressWarnings("unchecked")
    private static <T> Phrases.Match<T>[] ending(Reading r, Phrases<T> phrases) {
        Phrases.Match<T>[] ending = new Phrases.Match[r.tokens.size()];
        for (int i = 0; i < r.tokens.size(); i++) {
            for (Phrases.Match<T> m : phrases.allAt(r.tokens, i)) {
                if (ending[m.last()] == null || ending[m.last()].first() > m.first()) {
                    ending[m.last()] = m;
                }
            }
        }
        return ending;
    }

    /**
     * The body the title names; or, for a title of a kind of body (a ministry of foreign affairs), the known one of
     * that kind under the named body or in the nationality's country; or the nationality's state for a post of state.
     */
    static String organisation(KnownGraph graph, Lexicon.Title title, String body, String country) {
        String named = body != null ? body : country == null || !title.ofState() ? null : state(graph, country).orElse(null);
        if (title.body() == null) {
            return named;
        }
        return within(graph, title.body(), named, country)
                .or(() -> Optional.ofNullable(named != null || country == null ? named : state(graph, country).orElse(null)))
                .orElse(null);
    }

    /**
     * The known organisation of the body's kind and name under the base (or in its country, for a state), else in the
     * nationality's country; with neither, the only one the graph knows of that kind and name.
     */
    private static Optional<String> within(KnownGraph graph, Lexicon.Body body, String base, String country) {
        KnownGraph.Node baseNode = base == null ? null : graph.node(base);
        List<String> candidates = graph.nodes().values().stream()
                .filter(n -> body.kind().name().equals(n.kind()) && named(n, body.named()))
                .filter(n -> baseNode != null ? base.equals(n.parent()) || isState(baseNode) && Objects.equals(baseNode.country(), n.country())
                        : country == null || country.equals(n.country()))
                .map(KnownGraph.Node::id).sorted().toList();
        return baseNode == null && country == null && candidates.size() > 1 ? Optional.empty() : candidates.stream().findFirst();
    }

    private static boolean isState(KnownGraph.Node node) {
        return OrganisationKind.STATE.name().equals(node.kind());
    }

    private static boolean named(KnownGraph.Node node, List<String> words) {
        return words.stream().map(TextToken::fold).flatMap(List::stream)
                .anyMatch(word -> node.folded().stream().anyMatch(name -> name.contains(word)));
    }

    private static Optional<String> state(KnownGraph graph, String country) {
        return graph.nodes().values().stream()
                .filter(n -> isState(n) && country.equals(n.country()))
                .map(KnownGraph.Node::id).sorted().findFirst();
    }

    /** The role in the seed format, its quote the title and the name. */
    static RoleSeed seed(Reading r, Vocabulary v, String language, Found f) {
        int start = r.start(f.first()) + v.andLength(r.tokens.get(f.first()));
        String titleWords = r.text.substring(start, r.start(f.name().first())).replaceAll("[\\s,،]+$", "");
        String en = language.equals("en") ? titleWords : f.title().en() != null ? f.title().en() : titleWords;
        Localized title = new Localized(en, language.equals("ar") ? titleWords : null);
        String actor = slug(f.name().nodeId());
        String organisation = f.organisation() == null ? null : slug(f.organisation());
        return new RoleSeed(null, actor, organisation, title, f.acting() ? Boolean.TRUE : null, !f.former(),
                ClaimStatus.REPORTED, null, null, List.of(r.evidenceAt(start, r.end(f.name().last()))));
    }

    static String slug(String nodeId) {
        return nodeId.substring(nodeId.indexOf(':') + 1);
    }
}
