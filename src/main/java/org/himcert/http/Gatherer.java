package org.himcert.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.json.ContractWriter;
import org.himcert.model.Candidate;

/**
 * Gathers the one-candidate assessments of requests in flight into chunks, as the command line's batches are: each
 * worker takes the oldest question and whatever else is waiting then (up to {@link #CHUNK}), and asks the rules
 * about them together, so that a service under load shares a rule session's cost across requests. A lone request
 * waits for nothing: it is its own chunk.
 */
final class Gatherer {

    /** Candidates asked together at most, as in a batch. */
    static final int CHUNK = 32;

    private record Question(Candidate candidate, LocalDate asOf, Detail detail, CompletableFuture<byte[]> answer) {
    }

    private final CompletableFuture<EligibilityAdvisor> rules;
    private final ContractWriter writer = new ContractWriter();
    private final BlockingQueue<Question> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    Gatherer(CompletableFuture<EligibilityAdvisor> rules, int threads) {
        this.rules = rules;
        AtomicInteger n = new AtomicInteger();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "himcert-gather-" + n.incrementAndGet());
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** The candidate's assessment in the contract (UTF-8 JSON), asked with whatever else is waiting. */
    CompletableFuture<byte[]> assess(Candidate candidate, LocalDate asOf, Detail detail) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        waiting.add(new Question(candidate, asOf, detail, answer));
        return answer;
    }

    /** Stops the workers; questions still waiting fail. */
    void stop() {
        workers.forEach(Thread::interrupt);
        Question q;
        while ((q = waiting.poll()) != null) {
            q.answer().completeExceptionally(new IllegalStateException("the service stopped"));
        }
    }

    private void work() {
        List<Question> chunk = new ArrayList<>(CHUNK);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                chunk.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(chunk, CHUNK - 1);
            answer(chunk, Detail.FULL);
            answer(chunk, Detail.BRIEF);
            chunk.clear();
        }
    }

    /** Answers the questions of the chunk at this detail together; each alone when the chunk fails as a whole. */
    private void answer(List<Question> chunk, Detail detail) {
        List<Question> these = chunk.stream().filter(q -> q.detail() == detail).toList();
        if (these.isEmpty()) {
            return;
        }
        try {
            List<byte[]> results = rules.join().assessAll(these.stream().map(Question::candidate).toList(),
                    these.stream().map(Question::asOf).toList(), detail).stream().map(writer::assessmentUtf8)
                    .toList();
            for (int i = 0; i < these.size(); i++) {
                these.get(i).answer().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            if (these.size() == 1) {
                these.get(0).answer().completeExceptionally(e);
                return;
            }
            for (Question q : these) { // one of them fails the chunk: each alone finds which
                answer(List.of(q), detail);
            }
        }
    }
}
