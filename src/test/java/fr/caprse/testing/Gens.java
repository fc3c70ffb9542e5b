package fr.caprse.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The few generator combinations the property tests share, on top of QuickTheories. Everything built
 * here draws from QuickTheories' randomness source, so a failing case still shrinks.
 */
public final class Gens {

    private Gens() {
    }

    /** One value from each generator, in order. */
    public static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> gens) {
        return in -> {
            List<T> values = new ArrayList<>(gens.size());
            for (Gen<? extends T> gen : gens) {
                values.add(gen.generate(in));
            }
            return values;
        };
    }

    /** {@code gen}'s values, or null about {@code percentNull} times in a hundred. */
    public static <T> Gen<T> orNull(Gen<T> gen, int percentNull) {
        return gen.toOptionals(percentNull).map(o -> o.orElse(null));
    }

    /** One of these values (shrinks towards the first). */
    @SafeVarargs
    public static <T> Gen<T> of(T... values) {
        return Generate.pick(List.of(values));
    }

    /** One of these values, null allowed among them. */
    public static <T> Gen<T> ofNullable(List<T> values) {
        return Generate.range(0, values.size() - 1).map(values::get);
    }

    /** A weighted choice between generators. */
    @SafeVarargs
    public static <T> Gen<T> frequency(Pair<Integer, Gen<T>>... weighted) {
        return Generate.frequency(List.of(weighted));
    }

    public static <T> Pair<Integer, Gen<T>> weight(int weight, Gen<? extends T> gen) {
        @SuppressWarnings("unchecked")
        Gen<T> widened = (Gen<T>) gen;
        return Pair.of(weight, widened);
    }

    /** A list of {@code min} to {@code max} values of {@code gen}. */
    public static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
        return lists().of(gen).ofSizeBetween(min, max);
    }

    /** Strings of {@code min} to {@code max} characters taken from {@code characters}. */
    public static Gen<String> stringsOf(String characters, int min, int max) {
        List<Character> pool = characters.chars().mapToObj(c -> (char) c).toList();
        return listOf(Generate.pick(pool), min, max).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    /** A subset of {@code values}, in their order. */
    public static <T> Gen<List<T>> subsetOf(Collection<T> values) {
        List<T> all = List.copyOf(values);
        return listOf(SourceDSL.booleans().all(), all.size(), all.size()).map(keep -> {
            List<T> subset = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (keep.get(i)) {
                    subset.add(all.get(i));
                }
            }
            return subset;
        });
    }

    /** A seeded {@link Random}, for shuffles. */
    public static Gen<Random> randoms() {
        return SourceDSL.longs().all().map(Random::new);
    }
}
