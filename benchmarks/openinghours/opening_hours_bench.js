// The opening_hours.js side of bench_openinghours, which starts it and prints the table.
//
//   node opening_hours_bench.js CORPUS NODE_MODULES REPETITIONS
//
// The same work as the C++ side: parse every distinct rule of the reference corpus, and for
// every row (rule x instant) the state, the comment and the next change within 366 days, in
// the context the corpus was made in (its README: strings for lat/lon, Île-de-France, mode 0,
// TZ=Europe/Paris set by the caller). One warm-up pass (the JIT), then REPETITIONS timed
// passes; prints one JSON object with the median time of each operation and how many answers
// agree with the corpus (which opening_hours.js 3.15 produced: about 100 %).
'use strict';

const fs = require('fs');
const path = require('path');

const [corpusPath, modulesDir, repetitionsText] = process.argv.slice(2);
const repetitions = Math.max(1, parseInt(repetitionsText || '5', 10));
const opening_hours = require(path.resolve(modulesDir, 'opening_hours'));
const { version } = require(path.resolve(modulesDir, 'opening_hours', 'package.json'));

const nominatim = {
    lat: '48.8566',
    lon: '2.3522',
    address: { country: 'France', country_code: 'fr', state: 'Île-de-France' },
};
const options = { mode: 0, locale: 'en' };
const horizon = 366 * 24 * 3600 * 1000;

const rows = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.length > 0)
    .map((line) => {
        const row = JSON.parse(line);
        return {
            rule: row.rule,
            at: new Date(row.at),
            state: row.state,
            next: row.next_change === null ? null : new Date(row.next_change).getTime(),
        };
    });
const rules = [...new Set(rows.map((row) => row.rule))];
const ruleIndex = new Map(rules.map((rule, i) => [rule, i]));
for (const row of rows)
    row.index = ruleIndex.get(row.rule);

function parseAll() {
    const parsed = new Array(rules.length);
    for (let i = 0; i < rules.length; ++i)
        parsed[i] = new opening_hours(rules[i], nominatim, options);
    return parsed;
}

// State, comment and next change of one row, as getNextChange() does it, with one iterator.
function evaluate(oh, at) {
    const it = oh.getIterator(at);
    const state = it.getState();
    const unknown = it.getUnknown();
    const comment = it.getComment();
    const limit = new Date(at.getTime() + horizon);
    let next;
    while (it.advance(limit)) {
        if (it.getState() !== state || it.getUnknown() !== unknown) {
            next = it.getDate().getTime();
            break;
        }
    }
    return { state: state ? 'open' : unknown ? 'unknown' : 'closed', comment, next };
}

function evaluateAll(parsed) {
    let checksum = 0;
    for (const row of rows) {
        const answer = evaluate(parsed[row.index], row.at);
        checksum += answer.state.length + (answer.next === undefined ? 0 : answer.next % 997);
    }
    return checksum;
}

function stateAll(parsed) {
    let open = 0;
    for (const row of rows) {
        const it = parsed[row.index].getIterator(row.at);
        open += it.getState() ? 1 : it.getUnknown() ? 2 : 0;
    }
    return open;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

// The processor time of the process (user and system, all its threads: the compiler and the
// garbage collector count), in nanoseconds: on a machine shared with other work, what others
// do does not count, as it would in elapsed time. bench_openinghours measures the same way.
function processorNs() {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) * 1000;
}

function measure(passes, work) {
    work(); // warm-up
    const times = [];
    for (let i = 0; i < passes; ++i) {
        const start = processorNs();
        work();
        times.push(processorNs() - start);
    }
    return median(times);
}

const parsed = parseAll();
let agree = 0;
for (const row of rows) {
    const answer = evaluate(parsed[row.index], row.at);
    const next = answer.next === undefined ? null : answer.next;
    agree += answer.state === row.state && next === row.next ? 1 : 0;
}

// The time of "state + next change" by how far the corpus's next change is: one more pass,
// each row timed on its own.
const bucketLimits = [1, 7, 31, 366];
function bucketOf(row) {
    if (row.next === null)
        return bucketLimits.length;
    const days = (row.next - row.at.getTime()) / 86400000;
    const index = bucketLimits.findIndex((limit) => days < limit);
    return index < 0 ? bucketLimits.length : index;
}
const buckets = Array.from({ length: bucketLimits.length + 1 }, () => [0, 0]);
for (const row of rows) {
    const start = process.hrtime.bigint();
    evaluate(parsed[row.index], row.at);
    const elapsed = Number(process.hrtime.bigint() - start);
    const bucket = buckets[bucketOf(row)];
    bucket[0] += 1;
    bucket[1] += elapsed;
}

const result = {
    implementation: `opening_hours.js ${version}`,
    runtime: `Node ${process.versions.node}`,
    rules: rules.length,
    evaluations: rows.length,
    agreement: agree / rows.length,
    parse_ns: measure(repetitions, parseAll),
    evaluate_ns: measure(repetitions, () => evaluateAll(parsed)),
    state_ns: measure(repetitions, () => stateAll(parsed)),
    buckets,
};
process.stdout.write(JSON.stringify(result) + '\n');
