using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Manifest;

namespace XanoLink.Cli.Commands;

internal sealed record StatusOptions(string Workspace, IReadOnlyList<string> Tenants, string Format)
{
    public string Sort { get; init; } = "name";

    public IReadOnlyList<string> States { get; init; } = [];

    public IReadOnlyList<string> Reports { get; init; } = [];

    public int Parallel { get; init; } = Environment.ProcessorCount;
}

/// <summary>
/// <c>xanolink status</c>: per tenant, its live branch, the last snapshot the source published to it, whether that is
/// what the source's live branch would send now, and the items the tenant changed since (drift); sortable and filtered by
/// state for fleets. <c>--merge-reports</c> combines the JSON reports of sharded publish runs into one view instead.
/// Exit 1 when a tenant cannot be read (or a merged report holds a failed tenant).
/// </summary>
internal static class StatusCommand
{
    private static readonly string[] Header = ["TENANT", "STATE", "LIVE", "LAST PUBLISHED", "DRIFT"];
    private static readonly string[] FleetHeader = ["TENANT", "RESULT", "BRANCH", "LIVE", "REPORT", "ERROR"];
    private static readonly string[] Sorts = ["name", "state", "published", "drift"];

    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var tenant = new Option<string[]>("--tenant") { Description = "Only these tenants (default: every tenant in xanolink.json).", AllowMultipleArgumentsPerToken = false };
        var sort = new Option<string>("--sort") { Description = "Order of the rows: name, state (errors first), published (oldest first) or drift (most first).", DefaultValueFactory = _ => "name" };
        sort.AcceptOnlyFromAmong(Sorts);
        var state = new Option<string[]>("--state") { Description = "Only tenants in this state: up-to-date, behind, never or error (repeat for more).", AllowMultipleArgumentsPerToken = false };
        state.AcceptOnlyFromAmong([.. TenantStates.Words]);
        var reports = new Option<string[]>("--merge-reports") { Description = "Combine these JSON reports of sharded publish runs (publish --shard I/N --format json) into one fleet view; reads no repository.", AllowMultipleArgumentsPerToken = true };
        var parallel = new Option<int>("--parallel") { Description = "Tenants read at once (the number of processors unless given).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("status", "Per tenant: state, live branch, last publish, drift; or one view of sharded publish reports.") { workspace, format, tenant, sort, state, reports, parallel };
        command.SetAction(parse => Run(console, new StatusOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(tenant) ?? [],
            parse.GetValue(format)!)
        {
            Sort = parse.GetValue(sort)!,
            States = parse.GetValue(state) ?? [],
            Reports = (parse.GetValue(reports) ?? []).Select(r => Path.GetFullPath(r, console.CurrentDirectory)).ToArray(),
            Parallel = Math.Max(1, parse.GetValue(parallel)),
        }));
        return command;
    }

    public static int Run(CliConsole console, StatusOptions options)
    {
        if (options.Reports.Count > 0)
        {
            return FleetView(console, options);
        }

        UncommittedChanges.Note(console, options.Workspace, null, "status");
        var source = PublishSource.Open(options.Workspace);
        var chosen = Chosen(source, options);
        var read = new TenantStatus[chosen.Length];
        Parallel.For(0, chosen.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel }, i => read[i] = TenantStatusReader.Read(source, chosen[i]));
        var wanted = options.States.Select(w => TenantStates.Parse(w)!.Value).ToHashSet();
        var statuses = Sorted(read.Where(s => wanted.Count == 0 || wanted.Contains(TenantStates.Of(s))), options.Sort).ToArray();
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                source = new { @ref = source.Ref, commit = source.Commit },
                tenants = statuses.Select(s => new
                {
                    name = s.Name,
                    state = TenantStates.Of(s).Word(),
                    live = s.Live,
                    lastPublished = s.LastPublished is { } last ? new { commit = last.Sha, branch = last.Branch, at = last.AtText } : null,
                    upToDate = s.UpToDate,
                    inLive = s.InLive,
                    drift = s.Drift.Select(k => k.ToString()),
                    code = s.Code,
                    error = s.Error,
                }),
                summary = Summary(read),
            });
        }
        else
        {
            WriteText(console, source, statuses, read);
        }

        return read.Any(s => s.Error is not null) ? 1 : 0;
    }

    private static IEnumerable<TenantStatus> Sorted(IEnumerable<TenantStatus> rows, string sort) => sort switch
    {
        "state" => rows.OrderByDescending(s => TenantStates.Of(s)).ThenBy(s => s.Name, StringComparer.Ordinal),
        "published" => rows.OrderBy(s => s.LastPublished?.At ?? DateTimeOffset.MinValue).ThenBy(s => s.Name, StringComparer.Ordinal),
        "drift" => rows.OrderByDescending(s => s.Drift.Count).ThenBy(s => s.Name, StringComparer.Ordinal),
        _ => rows.OrderBy(s => s.Name, StringComparer.Ordinal),
    };

    private static Dictionary<string, int> Summary(IEnumerable<TenantStatus> all)
    {
        var counts = TenantStates.Words.ToDictionary(w => w, _ => 0, StringComparer.Ordinal);
        foreach (var s in all)
        {
            counts[TenantStates.Of(s).Word()]++;
        }

        return counts;
    }

    private static TenantEntry[] Chosen(PublishSource source, StatusOptions options)
    {
        var all = source.Manifest.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        var unknown = options.Tenants.Where(n => all.All(t => t.Name != n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new UsageException($"no tenant {string.Join(", ", unknown.Select(n => $"'{n}'"))} in xanolink.json; tenants: {(all.Length == 0 ? "none" : string.Join(", ", all.Select(t => t.Name)))}");
        }

        return options.Tenants.Count == 0 ? all : all.Where(t => options.Tenants.Contains(t.Name)).ToArray();
    }

    private static void WriteText(CliConsole console, PublishSource source, TenantStatus[] statuses, TenantStatus[] all)
    {
        console.Out.WriteLine(source.Commit is null
            ? $"Source: the folder {source.Folder} (not in Git)"
            : $"Source: {source.Ref} ({source.Commit[..12]})");
        if (source.Errors.Count > 0)
        {
            console.Out.WriteLine($"The source has {source.Errors.Count} error(s) ('xanolink validate' lists them), so whether a tenant is up to date cannot be judged.");
        }

        if (all.Length == 0)
        {
            console.Out.WriteLine("No tenants in xanolink.json; add one with 'xanolink tenant create NAME PATH'.");
            return;
        }

        var rows = new List<string[]> { Header };
        foreach (var s in statuses)
        {
            var last = s.LastPublished is { } l ? $"{l.Branch ?? "?"} ({l.Sha[..12]}, {l.At.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)})" : "never";
            rows.Add(s.Error is not null
                ? [s.Name, "error", "-", "-", $"{s.Code}: {s.Error}"]
                : [s.Name, TenantStates.Of(s).Word(), s.Live ?? "-", last + (s.LastPublished is not null && !s.InLive ? " (not in live)" : ""), s.Drift.Count == 0 ? "0" : $"{s.Drift.Count}: {string.Join(", ", s.Drift)}"]);
        }

        TextTable.Write(console.Out, rows);
        console.Out.WriteLine($"{all.Length} tenant(s): " + string.Join(", ", Summary(all).Select(kv => $"{kv.Value} {kv.Key}")) + (statuses.Length < all.Length ? $"; {statuses.Length} shown" : "") + ".");
        console.Out.WriteLine(Legend);
    }

    /// <summary>One view of the reports of sharded runs; exit 1 when one holds a failed or conflicted tenant.</summary>
    private static int FleetView(CliConsole console, StatusOptions options)
    {
        FleetReport fleet;
        try
        {
            fleet = FleetReport.Merge(options.Reports);
        }
        catch (InvalidPlanException ex)
        {
            throw new UsageException($"{ex.Code}: {ex.Message}");
        }

        var rows = fleet.Tenants.Where(t => options.States.Count == 0 || options.States.Contains(t.Status)).ToArray();
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                sourceCommits = fleet.SourceCommits,
                tenants = rows.Select(t => new { name = t.Name, status = t.Status, branch = t.Branch, live = t.Live, code = t.Code, error = t.Error, report = t.Report }),
                summary = fleet.Counts,
                problems = fleet.Problems,
            });
        }
        else
        {
            var table = new List<string[]> { FleetHeader };
            table.AddRange(rows.Select(t => new[] { t.Name, t.Status, t.Branch ?? "-", t.Live ?? "-", t.Report, t.Error is null ? "" : $"{t.Code}: {t.Error}" }));
            TextTable.Write(console.Out, table);
            console.Out.WriteLine($"{fleet.Tenants.Count} tenant(s) in {options.Reports.Count} report(s): " + string.Join(", ", fleet.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value} {kv.Key}")) + ".");
            foreach (var problem in fleet.Problems)
            {
                console.Error.WriteLine($"warning {problem}");
            }
        }

        return fleet.AnyFailed ? 1 : 0;
    }

    /// <summary>What the columns mean, under the table.</summary>
    public const string Legend = "STATE: up-to-date (nothing to publish), behind (the source has something to send), never (never published), error. DRIFT: source items the tenant changed on its live branch since it last took the source's (publish --merge keeps them). \"(not in live)\": the last snapshot was published without merging.";
}
