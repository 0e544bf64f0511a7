package org.mizan.analysis.claims;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.analysis.ClaimNotes;
import org.mizan.analysis.claims.Words.Word;
import org.mizan.model.Claim;

/**
 * The claim finder's notes ({@link ClaimNotes}): for each claim it emitted, the words of its content
 * and the reading of its frame, keyed by the claim instance itself, so a claim changed afterwards
 * (a reviewer's correction makes a new one) is never matched and is read afresh. A denial pointing
 * back with "ذلك" has a borrowed frame rather than a reading of its own words, so it is left out.
 */
public final class ClaimReadings implements ClaimNotes {

    /** A claim's content words and the reading of those words (its polarity aside, which the claim holds). */
    public record Read(List<Word> content, FrameReader.Reading reading) {
    }

    private final Map<Claim, Read> byClaim = new IdentityHashMap<>();

    void put(Claim claim, Read read) {
        byClaim.put(claim, read);
    }

    /** The notes on this very claim instance, or null. */
    public Read of(Claim claim) {
        return byClaim.get(claim);
    }
}
