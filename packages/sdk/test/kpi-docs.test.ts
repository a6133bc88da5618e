import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createHandler } from '@ngo-kit/mock-server';
import {
  KPI_IDS,
  KPI_TARGETS,
  memberGrowth,
  met,
  nps,
  participation,
  satisfaction,
  volunteerRetention,
  type KpiId,
  type KpiReport,
} from '@ngo-kit/sdk';

const doc = readFileSync(new URL('../../../docs/kpis.md', import.meta.url), 'utf8');

/** The table rows of one `## ` section of docs/kpis.md, as cells, header and rule left out. */
function rows(heading: string): string[][] {
  const start = doc.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `docs/kpis.md has no "## ${heading}"`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(2)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()));
}

const NAMES: Record<KpiId, string> = {
  member_growth: 'member growth',
  participation: 'participation',
  volunteer_retention: 'volunteer retention',
  satisfaction: 'satisfaction',
};

/** `n` answers of `score`. */
const answers = (n: number, score: number): number[] => Array.from({ length: n }, () => score);

describe('docs/kpis.md', () => {
  it('names the four KPIs with the targets of KPI_TARGETS', () => {
    const targets = rows('The four targets');
    assert.deepEqual(
      targets.map(([name, id]) => [name, id]),
      KPI_IDS.map((id) => [NAMES[id], `\`${id}\``]),
    );
    for (const [, id, target] of targets) {
      const value = KPI_TARGETS[id!.replaceAll('`', '') as KpiId];
      assert.match(target!, new RegExp(`^≥ ${value * 100} % .*\\(\`${value}\`\\)$`), id);
    }
  });

  it("works the demo seed's 2026 example as the mock server reports it and the SDK's helpers compute it", async () => {
    const response = await createHandler({})(
      new Request('http://mock/v1/metrics/kpis?period=2026', { headers: { authorization: 'Bearer sk_demo' } }),
    );
    const report = (await response.json()) as KpiReport;
    const kpi = (id: KpiId) => report.kpis.find((entry) => entry.id === id)!;
    const inputs = (id: KpiId) => kpi(id).inputs as Record<string, number>;

    // the report's value is what the SDK's helper makes of the report's inputs
    const growth = inputs('member_growth');
    const attendance = inputs('participation');
    const volunteers = inputs('volunteer_retention');
    const csat = inputs('satisfaction');
    const computed: Record<KpiId, number | null> = {
      member_growth: memberGrowth(growth.membersAtStart!, growth.membersAtEnd!),
      participation: participation(attendance.attended!, attendance.registered!),
      volunteer_retention: volunteerRetention(
        volunteers.volunteersAtStart!,
        volunteers.volunteersAtEnd!,
        volunteers.newVolunteers!,
      ),
      satisfaction: satisfaction([
        ...answers(csat.satisfiedAnswers!, 5),
        ...answers(csat.csatAnswers! - csat.satisfiedAnswers!, 2),
      ]),
    };
    // and the worked example says the same, with the same inputs
    const expectedCalls: Record<KpiId, string> = {
      member_growth: `\`memberGrowth(${growth.membersAtStart}, ${growth.membersAtEnd})\``,
      participation: `\`participation(${attendance.attended}, ${attendance.registered})\``,
      volunteer_retention: `\`volunteerRetention(${volunteers.volunteersAtStart}, ${volunteers.volunteersAtEnd}, ${volunteers.newVolunteers})\``,
      satisfaction: `${csat.satisfiedAnswers} of ${csat.csatAnswers} CSAT answers are 4 or 5 (from ${csat.responses} complete responses)`,
    };
    const example = rows('Worked example');
    assert.deepEqual(
      example.map(([name]) => name),
      KPI_IDS.map((id) => NAMES[id]),
    );
    for (const [index, id] of KPI_IDS.entries()) {
      const [, call, value, target, isMet] = example[index]!;
      assert.equal(kpi(id).value, computed[id], id);
      assert.ok(call!.startsWith(expectedCalls[id]), `${id}: "${call}" should start with ${expectedCalls[id]}`);
      assert.equal(value, `${((computed[id] ?? Number.NaN) * 100).toFixed(1)} %`, id);
      assert.equal(target, `${KPI_TARGETS[id] * 100} %`, id);
      assert.equal(isMet, met(computed[id], KPI_TARGETS[id]) ? 'yes' : 'no', id);
      assert.equal(kpi(id).met, met(computed[id], KPI_TARGETS[id]), id);
    }
    assert.match(example[1]![1]!, new RegExp(`over ${attendance.events} ended events$`));

    const npsLine = /^NPS: (\d+) promoters and (\d+) detractors among (\d+) NPS answers: .* = \*\*\+([\d.]+)\*\*\.$/m.exec(doc);
    assert.ok(npsLine, 'docs/kpis.md has no NPS line');
    const [promoters, detractors, all] = npsLine.slice(1, 4).map(Number) as [number, number, number];
    const score = nps([...answers(promoters, 10), ...answers(detractors, 0), ...answers(all - promoters - detractors, 8)]);
    assert.equal(report.nps, score);
    assert.equal(npsLine[4], score!.toFixed(1));
  });
});
