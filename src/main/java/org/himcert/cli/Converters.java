package org.himcert.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.himcert.model.CredentialCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the command line's typed values. */
final class Converters {

    private Converters() {
    }

    /** Reads {@code --as-of}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (value.length() != 10) {
                    throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
                }
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a date YYYY-MM-DD that exists in the calendar");
            }
        }
    }

    /** Reads {@code --target}: an assessed credential's contract code, in any case ({@code ccs-p}). */
    static final class TargetConverter implements ITypeConverter<CredentialCode> {
        @Override
        public CredentialCode convert(String value) {
            for (CredentialCode c : CredentialCode.ASSESSED) {
                if (c.code().equalsIgnoreCase(value)) {
                    return c;
                }
            }
            throw new TypeConversionException("must be one of " + CredentialCode.ASSESSED.stream()
                    .map(CredentialCode::code).collect(Collectors.joining(", ")) + " (in any case)");
        }
    }
}
