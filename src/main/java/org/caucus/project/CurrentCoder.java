package org.caucus.project;

/**
 * The name of the person at work now: the coder recorded on what they code, and the one whose
 * passages blind coding lets them see. Every service asks this one bean, so that the name can come
 * from the logged-in account instead of the {@code caucus.coder} setting by replacing it.
 */
public interface CurrentCoder {

    /** Never blank and never {@link CoderNames#CONSENSUS}. */
    String name();
}
