package org.himcert.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.himcert.batch.Batch;
import org.himcert.json.ContractReader;
import org.himcert.json.RawRecord;

/**
 * The records of a JSON array body, one element at a time (streaming: one element in memory at once). An element's
 * "line" in its error record is its 1-based position in the array.
 */
final class ArrayRecords implements Batch.Source {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(ContractReader.MAX_RECORD_BYTES).build())
            .build();

    private final JsonParser parser;
    private long index;
    private boolean ended;

    /**
     * The records of the array the input holds.
     *
     * @throws IOException if the input does not start with an array
     */
    ArrayRecords(InputStream in) throws IOException {
        this.parser = FACTORY.createParser(in);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("not an array");
        }
    }

    @Override
    public RawRecord next() throws IOException {
        if (ended) {
            return null;
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            ended = true;
            if (parser.nextToken() != null) {
                throw new IOException("something follows the array");
            }
            return null;
        }
        if (t == null) {
            throw new IOException("the array is not closed");
        }
        index++;
        if (t != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new RawRecord.Rejected(index, "an element of the array is not a JSON object: each element is"
                    + " one candidate");
        }
        long start = parser.currentTokenLocation().getByteOffset();
        String json = MAPPER.readTree(parser).toString();
        long size = parser.currentLocation().getByteOffset() - start;
        if (size > ContractReader.MAX_RECORD_BYTES || json.length() > ContractReader.MAX_RECORD_BYTES) {
            return new RawRecord.Rejected(index, "the record is over 1 MiB (" + ContractReader.MAX_RECORD_BYTES
                    + " bytes of UTF-8): the contract's limit for one record");
        }
        return new RawRecord.Text(index, json);
    }
}
