package org.mizan.model;

/** CoNLL entity classes; media outlets are organisations with {@link Mention#outlet()} set. */
public enum EntityType {
    PERSON("PERS"),
    ORGANIZATION("ORG"),
    LOCATION("LOC"),
    MISC("MISC");

    private final String conllTag;

    EntityType(String conllTag) {
        this.conllTag = conllTag;
    }

    /** The tag suffix used in BIO sequences (B-PERS, I-ORG ...). */
    public String conllTag() {
        return conllTag;
    }

    public static EntityType fromConll(String tag) {
        for (EntityType t : values()) {
            if (t.conllTag.equals(tag)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown CoNLL entity tag: " + tag);
    }
}
