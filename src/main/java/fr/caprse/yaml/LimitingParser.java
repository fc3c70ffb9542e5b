package fr.caprse.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Passes the parser's events to the composer and stops a hostile file early: too deep a nesting
 * (which would otherwise exhaust the composer's stack), too many aliases (the "billion laughs") or too
 * many values (each costs the composer about a kilobyte).
 */
final class LimitingParser implements Parser {

    /** Raised when a limit is reached, with the place in the file where it was. */
    static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<Mark> mark;

        LimitReached(String message, Optional<Mark> mark) {
            super(message, null, false, false);
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    private final Parser parser;
    private final int maxDepth;
    private final int maxAliases;
    private final long maxValues;
    private int depth;
    private int aliases;
    private long values;

    LimitingParser(Parser parser, int maxDepth, int maxAliases, long maxValues) {
        this.parser = parser;
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
        this.maxValues = maxValues;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        Event.ID id = event.getEventId();
        if ((id == Event.ID.Scalar || id == Event.ID.MappingStart || id == Event.ID.SequenceStart
                || id == Event.ID.Alias) && ++values > maxValues) {
            throw new LimitReached("file too large: more than " + maxValues
                    + " values (texts, numbers, lists and maps); a questionnaire holds a few thousand", event.getStartMark());
        }
        switch (id) {
            case MappingStart, SequenceStart -> {
                depth++;
                if (depth > maxDepth) {
                    throw new LimitReached("nested too deep: more than " + maxDepth
                            + " levels of lists and maps; a questionnaire needs about ten", event.getStartMark());
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Alias -> {
                aliases++;
                if (aliases > maxAliases) {
                    throw new LimitReached("too many aliases: more than " + maxAliases
                            + " uses of *anchor; write the content out instead", event.getStartMark());
                }
            }
            default -> {
                // scalars, documents and comments need no limit beyond the file size
            }
        }
        return event;
    }
}
