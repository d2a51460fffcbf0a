package org.crosscheck.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence as CoreNLP reads it, in plain records: tokens, named and numeric mentions,
 * temporal expressions and the basic dependency tree. Offsets index into the text that was
 * annotated.
 *
 * @param index        position of the sentence in its text, from 0
 * @param start        character offset of the sentence in the text
 * @param end          character offset of the sentence end, exclusive
 * @param text         the sentence as written
 * @param tokens       its tokens, in order
 * @param mentions     named entities and numbers (not temporal expressions)
 * @param times        temporal expressions
 * @param dependencies arcs of the basic dependency tree, one per token
 */
public record AnnotatedSentence(int index, int start, int end, String text, List<Token> tokens,
                                List<NamedMention> mentions, List<TimeMention> times,
                                List<Dependency> dependencies) {

    public AnnotatedSentence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        dependencies = List.copyOf(dependencies);
    }

    /** The root token of the dependency tree. */
    /**
     * The same sentence as the {@code index}th of a larger text in which it starts {@code offset}
     * characters further: every character offset moved, token positions kept.
     */
    public AnnotatedSentence shifted(int index, int offset) {
        if (offset == 0 && index == this.index) {
            return this;
        }
        List<Token> movedTokens = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            movedTokens.add(new Token(t.index(), t.text(), t.lemma(), t.tag(), t.ner(), t.normalized(), t.start() + offset,
                    t.end() + offset));
        }
        List<NamedMention> movedMentions = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            movedMentions.add(new NamedMention(m.text(), m.type(), m.normalized(), m.start() + offset, m.end() + offset,
                    m.firstToken(), m.endToken()));
        }
        List<TimeMention> movedTimes = new ArrayList<>(times.size());
        for (TimeMention m : times) {
            movedTimes.add(new TimeMention(m.text(), m.type(), m.value(), m.start() + offset, m.end() + offset,
                    m.firstToken(), m.endToken()));
        }
        return new AnnotatedSentence(index, start + offset, end + offset, text, movedTokens, movedMentions, movedTimes,
                dependencies);
    }

    public Optional<Token> root() {
        return dependencies.stream().filter(d -> d.head() < 0).findFirst().map(d -> tokens.get(d.dependent()));
    }

    /** The arc that attaches a token to its head. */
    public Optional<Dependency> arcOf(int tokenIndex) {
        return dependencies.stream().filter(d -> d.dependent() == tokenIndex).findFirst();
    }

    /** Dependents of a token whose relation equals {@code relation} or is a subtype of it ("obl" matches "obl:tmod"). */
    public List<Token> children(int head, String relation) {
        List<Token> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.head() == head && (d.relation().equals(relation) || d.baseRelation().equals(relation))) {
                out.add(tokens.get(d.dependent()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /** Dependents of a token with the exact relation name ("nsubj:pass"). */
    public List<Token> childrenExactly(int head, String relation) {
        return dependencies.stream()
                .filter(d -> d.head() == head && d.relation().equals(relation))
                .map(d -> tokens.get(d.dependent()))
                .sorted((a, b) -> Integer.compare(a.index(), b.index()))
                .toList();
    }

    /** The named mention that covers a token, if any. */
    public Optional<NamedMention> mentionAt(int tokenIndex) {
        return mentions.stream().filter(m -> m.covers(tokenIndex)).findFirst();
    }

    /** The temporal expression that covers a token, if any. */
    public Optional<TimeMention> timeAt(int tokenIndex) {
        return times.stream().filter(t -> t.covers(tokenIndex)).findFirst();
    }

    /** The sentence text between two text offsets (offsets of the whole text, not of the sentence). */
    public String slice(int from, int to) {
        return text.substring(from - start, to - start);
    }

    /** Word tokens, punctuation excluded. */
    public long wordCount() {
        return tokens.stream().filter(t -> !t.isPunctuation()).count();
    }
}
