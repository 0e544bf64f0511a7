package org.mizan.analysis.ner;

/**
 * Everything the feature templates need to know about one token that does not depend on its
 * neighbours: folded forms and their hashes, shape, proclitics, gazetteer flags, what the
 * lexicon and the word classes say. Computed once per distinct word (the model caches it), so
 * the string work of folding, stemming and lookups is not repeated for every occurrence.
 */
final class WordInfo {

    final String key;
    final String stem;
    final int hk;
    final int hs;
    final int shape;
    final int pro;
    final int flags;
    final int lexWord;
    final int lexStem;
    final int cls;
    /** The coarse word class, -1 when the model has none. */
    final int coarse;
    /** The first-word forms a known phrase may start with ({@link FeatureExtractor#firstForms}). */
    final String[] forms;
    /** How many words the longest gazetteer phrase / training-set name starting here can have (0: none). */
    final int longestGazetteer;
    final int longestLexicon;
    /**
     * The word without its proclitics (article kept, ة already folded to ه): its class and lexicon
     * code, or -1 in both when the model does not use these clitic features
     * ({@link FeatureExtractor#CLITIC_FORMS}). وللعراق, بالعراق and العراق share them.
     */
    final int bareCls;
    final int bareLex;

    WordInfo(String key, String stem, int shape, int pro, int flags, int lexWord, int lexStem, int cls,
             int coarse, String[] forms, int longestGazetteer, int longestLexicon, int bareCls, int bareLex) {
        this.key = key;
        this.stem = stem;
        this.hk = key.hashCode();
        this.hs = stem.hashCode();
        this.shape = shape;
        this.pro = pro;
        this.flags = flags;
        this.lexWord = lexWord;
        this.lexStem = lexStem;
        this.cls = cls;
        this.coarse = coarse;
        this.forms = forms;
        this.longestGazetteer = longestGazetteer;
        this.longestLexicon = longestLexicon;
        this.bareCls = bareCls;
        this.bareLex = bareLex;
    }
}
