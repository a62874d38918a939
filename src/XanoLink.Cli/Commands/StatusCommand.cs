using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Manifest;

namespace XanoLink.Cli.Commands;

internal sealed record StatusOptions(string Workspace, IReadOnlyList<string> Tenants, string Format);

/// <summary>
/// <c>xanolink status</c>: per tenant, its live branch, the last snapshot the source published to it, whether that is
/// what the source's live branch would send now, and the items the tenant changed since (drift). Exit 1 when a tenant cannot be read.
/// </summary>
internal static class StatusCommand
{
    private static readonly string[] Header = ["TENANT", "LIVE", "LAST PUBLISHED", "UP TO DATE", "DRIFT"];

    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var tenant = new Option<string[]>("--tenant") { Description = "Only these tenants (default: every tenant in xanolink.json).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("status", "Per tenant: live branch, last publish, up to date, drift.") { workspace, format, tenant };
        command.SetAction(parse => Run(console, new StatusOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(tenant) ?? [],
            parse.GetValue(format)!)));
        return command;
    }

    public static int Run(CliConsole console, StatusOptions options)
    {
        UncommittedChanges.Note(console, options.Workspace, null, "status");
        var source = PublishSource.Open(options.Workspace);
        var statuses = Chosen(source, options).Select(t => TenantStatusReader.Read(source, t)).ToArray();
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                source = new { @ref = source.Ref, commit = source.Commit },
                tenants = statuses.Select(s => new
                {
                    name = s.Name,
                    live = s.Live,
                    lastPublished = s.LastPublished is { } last ? new { commit = last.Sha, branch = last.Branch, at = last.AtText } : null,
                    upToDate = s.UpToDate,
                    inLive = s.InLive,
                    drift = s.Drift.Select(k => k.ToString()),
                    code = s.Code,
                    error = s.Error,
                }),
            });
        }
        else
        {
            WriteText(console, source, statuses);
        }

        return statuses.Any(s => s.Error is not null) ? 1 : 0;
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

    private static void WriteText(CliConsole console, PublishSource source, TenantStatus[] statuses)
    {
        console.Out.WriteLine(source.Commit is null
            ? $"Source: the folder {source.Folder} (not in Git)"
            : $"Source: {source.Ref} ({source.Commit[..12]})");
        if (source.Errors.Count > 0)
        {
            console.Out.WriteLine($"The source has {source.Errors.Count} error(s) ('xanolink validate' lists them), so whether a tenant is up to date cannot be judged.");
        }
        if (statuses.Length == 0)
        {
            console.Out.WriteLine("No tenants in xanolink.json; add one with 'xanolink tenant create NAME PATH'.");
            return;
        }

        var rows = new List<string[]> { Header };
        foreach (var s in statuses)
        {
            var last = s.LastPublished is { } l ? $"{l.Branch ?? "?"} ({l.Sha[..12]}, {l.At.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)})" : "never";
            rows.Add(s.Error is not null
                ? [s.Name, "-", "-", "-", $"error {s.Code}: {s.Error}"]
                : [s.Name, s.Live ?? "-", last + (s.LastPublished is not null && !s.InLive ? " (not in live)" : ""), s.UpToDate ? "yes" : "no", s.Drift.Count == 0 ? "0" : $"{s.Drift.Count}: {string.Join(", ", s.Drift)}"]);
        }

        TextTable.Write(console.Out, rows);
        console.Out.WriteLine(Legend);
    }

    /// <summary>What DRIFT counts, under the table.</summary>
    public const string Legend = "DRIFT: source items the tenant changed on its live branch since it last took the source's (publish --merge keeps them). \"(not in live)\": the last snapshot was published without merging.";
}
