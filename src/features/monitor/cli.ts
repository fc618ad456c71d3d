/**
 * `omzien import <path>`: import open data files (RIVM StatLine, CBS Kerncijfers, names,
 * boundaries) into the database of this installation, with the same configuration as the app.
 * `omzien fetch-open-data <folder>`: download those files from CBS and PDOK first.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type CliIo, type Command, EXIT, UsageError } from '../../cli/command.ts';
import { loadConfig } from '../../config.ts';
import { migrate, openDatabase } from '../../platform/db/database.ts';
import {
  DEFAULT_COLLECTIONS,
  DEFAULT_PDOK_URL,
  DEFAULT_STATLINE_URL,
  DEFAULT_TABLES,
  FetchError,
  type FetchOptions,
  fetchOpenData,
  urlsFromBase,
} from './fetch-open-data.ts';
import { type FileImport, importPath } from './import-path.ts';
import type { ImportProblem, ImportReport } from './import-statline.ts';

/** Problems shown per file; the rest is counted. */
const SHOWN_PROBLEMS = 10;

const usage = `Usage: omzien import <file or folder> [--year <year>]

Imports RIVM StatLine exports (50090NED and later tables), CBS Kerncijfers wijken en buurten
CSV files, wijk/buurt names (statcode,statnaam,gm_code) and boundaries (GeoJSON, TopoJSON).
The kind of each file is read from its content. A folder is imported with its subfolders:
StatLine first, names and boundaries last. A file with any bad row is refused whole.

  --year <year>  the year of boundary or Kerncijfers files that do not carry one

Exit: 0 all imported, 65 a file was refused or of an unknown kind, 66 the path does not exist.`;

export const importCommand: Command = {
  name: 'import',
  summary:
    'import open data files (StatLine, Kerncijfers, names, boundaries) from a file or folder',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const { target, year } = parseArgs(args);
    try {
      await stat(target);
    } catch {
      io.err(`${target} does not exist.`);
      return EXIT.noInput;
    }
    const config = loadConfig(io.env);
    const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    const started = performance.now();
    let results: FileImport[];
    try {
      await migrate(handle.db);
      const base = path.resolve(target);
      const shown = (file: string) =>
        path.relative(base, path.resolve(file)) || path.basename(file);
      results = await importPath(handle.db, target, {
        year,
        // An embedded database kept inside the imported folder is not open data.
        exclude: config.dataDir === 'memory' ? [] : [config.dataDir],
        onProgress(event) {
          const of = `[${event.index + 1}/${event.total}]`;
          if (event.phase === 'start') {
            io.out(`${of} ${shown(event.path)} (${event.kind}) …`);
          } else {
            for (const line of reportLines(event.result)) io.out(line);
          }
        },
      });
    } finally {
      await handle.close();
    }
    const imported = results.filter((r) => r.report.status === 'imported');
    const unknown = results.filter((r) => r.kind === 'unknown');
    const refused = results.length - imported.length - unknown.length;
    const sum = (f: (r: ImportReport) => number) => results.reduce((n, r) => n + f(r.report), 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `${results.length} file${results.length === 1 ? '' : 's'}: ${imported.length} imported, ` +
        `${refused} refused, ${unknown.length} of unknown kind; ${sum((r) => r.rows)} rows, ` +
        `${sum((r) => r.taken)} taken, ${sum((r) => r.unchanged)} unchanged in ${seconds} s`,
    );
    if (results.length === 0) {
      io.err(`${target} holds no files.`);
      return EXIT.noInput;
    }
    return imported.length === results.length ? EXIT.ok : EXIT.dataError;
  },
};

function parseArgs(args: string[]): { target: string; year: number | undefined } {
  let target: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--year') {
      const value = args[++i];
      if (!value || !/^\d{4}$/.test(value)) throw new UsageError('--year needs a year, e.g. 2020.');
      year = Number(value);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else if (target === undefined) {
      target = arg;
    } else {
      throw new UsageError('Give one file or folder.');
    }
  }
  if (target === undefined) throw new UsageError('Give the file or folder to import.');
  return { target, year };
}

/** The report of one file: a summary line and the first problems. */
function reportLines({ kind, report: r }: FileImport): string[] {
  if (kind === 'unknown')
    return [`  not imported: ${r.problems[0]?.reason ?? 'unknown kind of file'}`];
  const facts = r.facts
    ? `; facts ${r.facts.taken} taken, ${r.facts.unchanged} unchanged, ${r.facts.removed} removed`
    : '';
  const ignored = r.ignoredColumns ? `; ${r.ignoredColumns} columns ignored` : '';
  const head =
    `  ${r.status}: ${r.rows} rows, ${r.areas} areas, ${r.taken} taken, ${r.unchanged} unchanged, ` +
    `${r.skipped} skipped, ${r.refused} refused${facts}${ignored} (${r.elapsedMs} ms)` +
    (r.source ? ` · ${r.source}` : '');
  const problems = r.problems.slice(0, SHOWN_PROBLEMS).map((p) => `    ${where(p)}: ${p.reason}`);
  if (r.problems.length > SHOWN_PROBLEMS) {
    problems.push(`    … more problems not shown (${r.refused} rows refused in all)`);
  }
  return [head, ...problems];
}

function where(p: ImportProblem): string {
  if (p.feature !== undefined) {
    return `feature ${p.feature}${p.column ? `, property ${p.column}` : ''}`;
  }
  return `line ${p.line}${p.column ? `, column ${p.column}` : ''}`;
}

const fetchUsage = `Usage: omzien fetch-open-data <folder> [--base-url <url>] [--statline-url <url>]
       [--pdok-url <url>] [--tables 50090NED,...] [--collections gemeente_gegeneraliseerd,...]

Downloads the RIVM StatLine tables (CBS OData feed, point estimates only) and the CBS
gebiedsindelingen boundaries (PDOK OGC API Features) into <folder>, as files that
"omzien import <folder>" reads.

  --statline-url  the OData feed (default ${DEFAULT_STATLINE_URL})
  --pdok-url      the OGC API (default ${DEFAULT_PDOK_URL})
  --base-url      one server for both: <url>/ODataFeed/odata and <url>/cbs/gebiedsindelingen/ogc/v1
  --tables        StatLine tables (default ${DEFAULT_TABLES.join(',')})
  --collections   PDOK collections (default ${DEFAULT_COLLECTIONS.join(',')})

Exit: 0 all downloaded, 1 a download failed (nothing half-written is left behind).`;

export const fetchOpenDataCommand: Command = {
  name: 'fetch-open-data',
  summary: 'download the StatLine tables and PDOK boundaries the Monitor imports',
  usage: fetchUsage,
  async run(args: string[], io: CliIo): Promise<number> {
    const options: FetchOptions = { target: '' };
    const list = (value: string | undefined, name: string) => {
      if (!value) throw new UsageError(`${name} needs a value.`);
      return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    };
    const url = (value: string | undefined, name: string) => {
      if (!value || !/^https?:\/\//.test(value))
        throw new UsageError(`${name} needs an http(s) URL.`);
      return value;
    };
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--base-url') Object.assign(options, urlsFromBase(url(args[++i], arg)));
      else if (arg === '--statline-url') options.statlineUrl = url(args[++i], arg);
      else if (arg === '--pdok-url') options.pdokUrl = url(args[++i], arg);
      else if (arg === '--tables') options.tables = list(args[++i], arg);
      else if (arg === '--collections') options.collections = list(args[++i], arg);
      else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
      else if (!options.target) options.target = arg;
      else throw new UsageError('Give one folder.');
    }
    if (!options.target) throw new UsageError('Give the folder to download into.');
    const started = performance.now();
    try {
      const files = await fetchOpenData({ ...options, onProgress: (line) => io.out(line) });
      for (const f of files) {
        io.out(
          `${f.file}: ${f.records} ${f.file.endsWith('.csv') ? 'rows' : 'features'}, ${f.pages} pages`,
        );
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(
        `${files.length} files downloaded in ${seconds} s; import them with: omzien import ${options.target}`,
      );
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      io.err(`Download failed: ${error.message}`);
      return EXIT.failed;
    }
  },
};
