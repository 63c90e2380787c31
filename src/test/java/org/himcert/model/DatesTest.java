package org.himcert.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract's dates are read by hand; they must be exactly the texts {@link LocalDate#parse} takes. */
class DatesTest {

    /** What {@link LocalDate#parse} makes of a ten-character text, or null when it refuses it. */
    private static LocalDate byJavaTime(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void everyMonthAndDayNumberOfSeveralYearsReadsAsJavaTimeReadsIt() {
        for (int year : new int[] {0, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    assertThat(Dates.parse(text)).as(text).isEqualTo(byJavaTime(text));
                }
            }
        }
        assertThat(Dates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Dates.parse("2023-02-29")).isNull();
        assertThat(Dates.parse("1900-02-29")).isNull();
    }

    @Test
    void randomTextsOfTenCharactersReadAsJavaTimeReadsThem() {
        Random random = new Random(20261202);
        String alphabet = "0123456789-+ aT/\u0663\uff11";
        for (int i = 0; i < 200_000; i++) {
            char[] text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33)).toCharArray();
            for (int k = random.nextInt(3); k > 0; k--) {
                text[random.nextInt(10)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(text);
            assertThat(Dates.parse(s)).as(s).isEqualTo(byJavaTime(s));
        }
    }

    @Test
    void textsOfAnotherLengthAreNotDates() {
        for (String s : new String[] {"", "2024-1-01", "2024-01-1", "+2024-01-01", "02024-01-01", "2024-01-01 ",
                "2024-01-01T00:00"}) {
            assertThat(Dates.parse(s)).as(s).isNull();
        }
    }
}
