// Smoke test of a compiled, production-installed server (run by .ci/prod-install-check):
// sign up, create a partnership and a plan, export it as PDF (forks the compiled export
// process, loads the bundled fonts) and download the file. Usage: node compiled-smoke.mjs <origin>
const origin = process.argv[2];
let cookie = "";
async function call(method, path, body) {
  const res = await fetch(origin + path, {
    method,
    headers: { Origin: origin, Cookie: cookie, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const set = res.headers.get("set-cookie");
  if (set) cookie = set.split(";")[0];
  const type = res.headers.get("content-type") ?? "";
  const data = type.includes("json") ? await res.json() : Buffer.from(await res.arrayBuffer());
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}
await call("POST", "/api/auth/signup", { email: "ops@example.org", password: "correct horse battery staple", displayName: "Ops" });
const p = await call("POST", "/api/partnerships", { name: "Smoke Partnership", place: "Riverside", organisation: "Riverside Council", sector: "council" });
const plan = await call("POST", `/api/partnerships/${p.data.id}/plans`, { title: "Smoke plan", template: "place_plan" });
const job = await call("POST", `/api/plans/${plan.data.id}/exports`, { format: "pdf" });
let status = job.data.status;
for (let i = 0; i < 600 && status !== "done"; i++) {
  if (status === "failed") throw new Error("the export failed");
  await new Promise((r) => setTimeout(r, 100));
  status = (await call("GET", `/api/plans/${plan.data.id}/exports/${job.data.id}`)).data.status;
}
if (status !== "done") throw new Error(`the export did not finish (${status})`);
const pdf = await call("GET", `/api/plans/${plan.data.id}/exports/${job.data.id}/download`);
if (pdf.subarray(0, 5).toString() !== "%PDF-") throw new Error("the download is not a PDF");
console.log(`[prod-install] signed up, created a plan and exported it as PDF (${pdf.length} bytes)`);
