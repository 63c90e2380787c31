// Assess one candidate through himcert serve, with Node's built-in fetch (Node 18 or later).
//
//     node assess.mjs [URL] [TOKEN]
//
// URL defaults to http://127.0.0.1:8080; TOKEN is needed only when the service runs with --token-file.
const url = process.argv[2] ?? "http://127.0.0.1:8080";
const token = process.argv[3];
const candidate = {
  id: "js-1",
  education: [{ level: "ASSOCIATE", field: "HIM", accreditation: "CAHIIM", status: "FINAL_TERM" }],
  experience: [],
};
const headers = { "Content-Type": "application/json" };
if (token) headers.Authorization = `Bearer ${token}`;
const response = await fetch(`${url}/v1/assess?asOf=2026-11-25`, {
  method: "POST",
  headers,
  body: JSON.stringify(candidate),
});
const answer = await response.json();
if (!response.ok) {
  // the contract's error record
  console.error(`${response.status}: ${answer.error.path || "request"}: ${answer.error.message}`);
  process.exit(1);
}
for (const d of answer.decisions) console.log(d.credential, d.status, d.pathway ?? "");
for (const s of answer.nextSteps) console.log("next:", s.why);
