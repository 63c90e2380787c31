package org.himcert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.himcert.model.ExperienceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input is rejected with the field path, an exact message, and the id when readable. */
class ContractReaderTest {

    private final ContractReader reader = new ContractReader();

    private static final String UNITS = "must be a number of CEUs more than 0 and at most 1000, with at most two decimals (e.g. 1.5)";

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("unknown field", "{\"id\":\"c-1\",\"nickname\":\"Sam\"}", "c-1", "nickname",
                        "unknown field; accepted: id, asOf, education, credentials, experience, coursework,"
                                + " examAttempts, ceus"),
                arguments("CEU units of 0", "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":0}]}",
                        "c-1", "ceus[0].units", UNITS),
                arguments("negative CEU units", "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":-1.5}]}",
                        "c-1", "ceus[0].units", UNITS),
                arguments("CEU units as text", "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":\"2\"}]}",
                        "c-1", "ceus[0].units", UNITS),
                arguments("CEU units with three decimals",
                        "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":1.255}]}",
                        "c-1", "ceus[0].units", UNITS),
                arguments("CEU units beyond a double", "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":1e400}]}",
                        "c-1", "ceus[0].units", UNITS),
                arguments("CEU units over 1000", "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":1000.01}]}",
                        "c-1", "ceus[0].units", UNITS),
                arguments("CEU record without a date", "{\"id\":\"c-1\",\"ceus\":[{\"units\":1}]}",
                        "c-1", "ceus[0].date", "is required"),
                arguments("CEU record with an unknown field",
                        "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":1,\"provider\":\"x\"}]}",
                        "c-1", "ceus[0].provider", "unknown field; accepted: date, units, hiimDomain, ahimaSource"),
                arguments("CEU hiimDomain not a boolean",
                        "{\"id\":\"c-1\",\"ceus\":[{\"date\":\"2026-01-01\",\"units\":1,\"hiimDomain\":1}]}",
                        "c-1", "ceus[0].hiimDomain", "must be true or false"),
                arguments("ceus not an array", "{\"id\":\"c-1\",\"ceus\":{}}", "c-1", "ceus",
                        "must be an array ([] means none)"),
                arguments("unknown nested field", "{\"id\":\"c-1\",\"education\":[{\"level\":\"GED\",\"gpa\":3}]}",
                        "c-1", "education[0].gpa", "unknown field; accepted: level, field, accreditation,"
                                + " association, status, completedOn, expectedOn"),
                arguments("bad enum value", "{\"id\":\"c-1\",\"education\":[{\"level\":\"PHD\"}]}", "c-1",
                        "education[0].level", "is not one of the accepted values: HIGH_SCHOOL, GED, ASSOCIATE,"
                                + " BACHELOR, POST_BACCALAUREATE_CERTIFICATE, MASTER, DOCTORATE"),
                arguments("bad credential code", "{\"id\":\"c-1\",\"credentials\":[{\"code\":\"CCSP\"}]}", "c-1",
                        "credentials[0].code", "is not one of the accepted values: RHIT, RHIA, CCA, CCS, CCS-P, CHPS,"
                                + " CDIP, CHDA, OTHER_CODING"),
                arguments("null", "{\"id\":\"c-1\",\"asOf\":null}", "c-1", "asOf",
                        "null is not accepted; omit the field instead"),
                arguments("null in a list item",
                        "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":3,\"to\":null}]}", "c-1",
                        "experience[0].to", "null is not accepted; omit the field instead"),
                arguments("date that does not exist", "{\"id\":\"c-1\",\"asOf\":\"2026-02-30\"}", "c-1", "asOf",
                        "must be a date YYYY-MM-DD that exists in the calendar"),
                arguments("date without leading zeros", "{\"id\":\"c-1\",\"asOf\":\"2026-1-5\"}", "c-1", "asOf",
                        "must be a date YYYY-MM-DD that exists in the calendar"),
                arguments("date as a number", "{\"id\":\"c-1\",\"asOf\":20261125}", "c-1", "asOf",
                        "must be a string"),
                arguments("negative months", "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":-1}]}",
                        "c-1", "experience[0].months", "must be >= 0"),
                arguments("months over 100 years",
                        "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":1201}]}", "c-1",
                        "experience[0].months", "must be at most 1200 (100 years)"),
                arguments("fractional months written 3.0",
                        "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":3.0}]}", "c-1",
                        "experience[0].months", "must be a whole number >= 0 (e.g. 24, not 24.0 or \"24\")"),
                arguments("months as a string",
                        "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":\"3\"}]}", "c-1",
                        "experience[0].months", "must be a whole number >= 0 (e.g. 24, not 24.0 or \"24\")"),
                arguments("to before from", "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":1},"
                                + "{\"kind\":\"CODING\",\"from\":\"2025-03-01\",\"to\":\"2025-02-28\"}]}", "c-1",
                        "experience[1].to", "must be on or after from (the last day worked)"),
                arguments("months and from together", "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\","
                                + "\"months\":3,\"from\":\"2025-01-01\"}]}", "c-1", "experience[0].months",
                        "give either months or from (with an optional to), not both"),
                arguments("to without from",
                        "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"to\":\"2025-01-01\"}]}", "c-1",
                        "experience[0].to", "goes only with from"),
                arguments("neither months nor from", "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\"}]}",
                        "c-1", "experience[0].months",
                        "is required: give months (a whole number >= 0) or from (a date)"),
                arguments("missing required field", "{\"id\":\"c-1\",\"education\":[{\"field\":\"HIM\"}]}", "c-1",
                        "education[0].level", "is required"),
                arguments("missing exam result", "{\"id\":\"c-1\",\"examAttempts\":[{\"credential\":\"RHIT\","
                        + "\"date\":\"2026-01-01\"}]}", "c-1", "examAttempts[0].result", "is required"),
                arguments("missing id", "{\"asOf\":\"2026-11-25\"}", null, "id", "is required"),
                arguments("id with a space", "{\"id\":\"Maria Lopez\"}", null, "id",
                        "must be 1-64 characters, each one of A-Z a-z 0-9 . _ : - (no spaces)"),
                arguments("id too long", "{\"id\":\"" + "x".repeat(65) + "\"}", null, "id",
                        "must be 1-64 characters, each one of A-Z a-z 0-9 . _ : - (no spaces)"),
                arguments("id as a number", "{\"id\":17}", null, "id", "must be a string"),
                arguments("FOREIGN without association",
                        "{\"id\":\"c-1\",\"education\":[{\"level\":\"BACHELOR\",\"accreditation\":\"FOREIGN\"}]}",
                        "c-1", "education[0].association", "is required when accreditation is FOREIGN (the"
                                + " approving association, e.g. CHIMA, KMRA, HIMAA)"),
                arguments("association without FOREIGN",
                        "{\"id\":\"c-1\",\"education\":[{\"level\":\"BACHELOR\",\"association\":\"CHIMA\"}]}",
                        "c-1", "education[0].association", "goes only with accreditation FOREIGN"),
                arguments("not an object", "[{\"id\":\"c-1\"}]", null, "", "must be a JSON object"),
                arguments("list given as an object", "{\"id\":\"c-1\",\"coursework\":{}}", "c-1", "coursework",
                        "must be an array ([] means none)"),
                arguments("invalid JSON: unclosed object", "{\"id\":\"c-1\",", "c-1", "",
                        "not valid JSON: the record ends before an object is closed ('}' missing) (line 7,"
                                + " column 13)"),
                arguments("invalid JSON: bare word", "{\"id\":\"c-1\",\"education\":[{\"level\":BACHELOR}]}", "c-1",
                        "education[0].level", "not valid JSON: a value must be a string in double quotes, a"
                                + " number, true, false, an array or an object (line 7, column 35)"),
                arguments("invalid JSON: duplicate field", "{\"id\":\"c-1\",\"id\":\"c-2\"}", "c-1", "id",
                        "not valid JSON: the field appears twice (line 7, column 17)"),
                arguments("invalid JSON: two objects", "{\"id\":\"c-1\"} {\"id\":\"c-2\"}", "c-1", "",
                        "not valid JSON: more follows the object; a record is one object (JSON Lines: one object"
                                + " per line) (line 7, column 14)"),
                arguments("invalid JSON: single quotes", "{'id':'c-1'}", null, "", "not valid JSON: unexpected"
                        + " character: was expecting double-quote to start field name (line 7, column 2)"),
                arguments("invalid JSON: trailing comma", "{\"id\":\"c-1\",\"coursework\":[\"CPT_CODING\",]}", "c-1",
                        "coursework[1]", "not valid JSON: unexpected character: expected a valid value (JSON String,"
                                + " Number, Array, Object or token 'null', 'true' or 'false') (line 7, column 40)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsBadInputWithPathAndMessage(String kind, String json, String id, String path, String message) {
        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(json, 7));

        assertThat(e).as(kind).isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.id().orElse(null)).isEqualTo(id);
    }

    @Test
    void rejectsARecordOverOneMebibyteOfUtf8() {
        // 'é' is two bytes of UTF-8: the limit counts bytes, not characters
        String padding = "é".repeat(ContractReader.MAX_RECORD_BYTES / 2);
        String json = "{\"id\":\"c-1\",\"credentials\":[{\"code\":\"OTHER_CODING\",\"name\":\"" + padding + "\"}]}";

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(json, 3));

        assertThat(e.getMessage())
                .isEqualTo("record is over 1 MiB (1048576 bytes of UTF-8); split it or drop what the contract does"
                        + " not use");
        assertThat(e.path()).isEmpty();
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void readsARecordCutFromAStreamAndRejectsOneTheStreamRejected() throws InputException {
        InputRecord record = reader.read(new RawRecord.Text(4, "{\"id\":\"c-4\",\"asOf\":\"2026-11-25\","
                + "\"experience\":[{\"kind\":\"CODING\",\"months\":3}]}"));
        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.read(new RawRecord.Rejected(9, RecordStream.NOT_UTF8)));

        assertThat(record.line()).isEqualTo(4);
        assertThat(record.asOf()).contains(LocalDate.of(2026, 11, 25));
        assertThat(record.candidate().experience().orElseThrow().get(0).kind()).isEqualTo(ExperienceKind.CODING);
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).isEqualTo("not valid UTF-8 text: the contract's encoding is UTF-8");
    }

    @Test
    void messagesNeverRepeatAnInputValue() {
        String secret = "SECRET4711";
        String[] inputs = {
            "{\"id\":\"c-1\",\"asOf\":\"" + secret + "\"}",
            "{\"id\":\"c-1\",\"education\":[{\"level\":\"" + secret + "\"}]}",
            "{\"id\":\"c-1\",\"education\":[{\"level\":" + secret + "}]}",
            "{\"id\":\"" + secret + " x\"}",
            "{\"id\":\"c-1\",\"credentials\":[{\"code\":\"" + secret + "\"}]}",
            "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"CODING\",\"months\":\"" + secret + "\"}]}",
            "{\"id\":\"c-1\",\"coursework\":[" + secret + "]}",
            "{\"id\":\"c-1\",\"x\":\"\\" + secret + "\"}",
            "{\"id\":\"c-1\",\"asOf\":\"2026-01-01\"}" + secret,
        };
        for (String json : inputs) {
            InputException e = catchThrowableOfType(InputException.class, () -> reader.read(json, 1));
            assertThat(e).as(json).isNotNull();
            assertThat(e.getMessage()).as(json).doesNotContain(secret);
            assertThat(e.path()).as(json).doesNotContain(secret);
        }
    }
}
