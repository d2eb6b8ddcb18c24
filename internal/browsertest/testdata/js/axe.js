// Runs axe-core (already injected as window.axe) on the whole document
// with the given rule tags; returns the violations and, for the record,
// the rules axe could not decide ("incomplete": a person must look).
async function (tags) {
  const results = await axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations", "incomplete"],
  });
  const brief = (r) => ({
    id: r.id,
    impact: r.impact || "",
    help: r.help,
    helpUrl: r.helpUrl,
    nodes: r.nodes.map((n) => ({
      target: n.target.join(" "),
      html: n.html,
      summary: n.failureSummary || "",
    })),
  });
  return {
    violations: results.violations.map(brief),
    incomplete: results.incomplete.map(brief),
  };
}
