package org.mizan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2500|2500", "١٢٣|123", "۲۵|25", "1,200|1200", "1,200.5|1200.5", "١٬٢٠٠٫٥|1200.5", "3.5|3.5",
        "3,5|3.5", "1.200.000|1200000", "10,000,000|10000000", "٣٫٧٥|3.75", "1.200,5|1200.5", "0.25|0.25"
    })
    void parsesDigitsInEveryScript(String digits, double expected) {
        assertEquals(expected, ArabicNumbers.parse(digits).orElseThrow(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"abc", "12a", "'1,'", "'.5'", "''"})
    void rejectsNonNumbers(String s) {
        assertTrue(ArabicNumbers.parse(s).isEmpty());
    }
}
