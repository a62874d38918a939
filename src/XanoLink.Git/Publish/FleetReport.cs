using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;

namespace XanoLink.Git.Publish;

/// <summary>One tenant's line of a combined fleet report.</summary>
public sealed record FleetTenant(string Name, string Status, string? Branch, string? Live, string? Code, string? Error, string Report);

/// <summary>
/// The reports of a sharded run (<c>publish --shard I/N --format json</c>, one per CI job) combined into one fleet view:
/// every tenant once, with what its job reported, and a count per status. Reports of different source commits are
/// named, so a view never silently mixes two publishes.
/// </summary>
public sealed record FleetReport(IReadOnlyList<FleetTenant> Tenants, IReadOnlyList<string> SourceCommits, IReadOnlyList<string> Problems)
{
    public bool AnyFailed => Tenants.Any(t => t.Status is "failed" or "conflict");

    public IReadOnlyDictionary<string, int> Counts => Tenants.GroupBy(t => t.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Reads and combines report files; one that is not a publish or plan report is an <see cref="InvalidPlanException"/>.</summary>
    public static FleetReport Merge(IEnumerable<string> files)
    {
        var tenants = new SortedDictionary<string, FleetTenant>(StringComparer.Ordinal);
        var commits = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in files)
        {
            JObject json;
            try
            {
                json = XanoLink.Merge.FileMerge.ParseObject(File.ReadAllText(file));
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                throw new InvalidPlanException($"{file} cannot be read as a publish report ({ex.Message}); pass the output of 'xanolink publish --format json'");
            }

            if (json["tenants"] is not JArray list || json["source"]?["commit"] is not JValue { Type: JTokenType.String } commit)
            {
                throw new InvalidPlanException($"{file} is not a publish report (no source.commit or tenants); pass the output of 'xanolink publish --format json'");
            }

            commits.Add((string)commit!);
            foreach (var tenant in list.OfType<JObject>())
            {
                var name = (string?)tenant["name"] ?? "";
                var row = new FleetTenant(name, (string?)tenant["status"] ?? "failed", (string?)tenant["branch"], (string?)tenant["live"], (string?)tenant["code"], (string?)tenant["error"], Path.GetFileName(file));
                if (tenants.TryGetValue(name, out var earlier))
                {
                    problems.Add($"{DiagnosticCatalog.PlanStale.Code}: tenant {name} is in {earlier.Report} and {row.Report}; the later one is shown");
                }

                tenants[name] = row;
            }
        }

        if (commits.Count > 1)
        {
            problems.Add($"{DiagnosticCatalog.PlanStale.Code}: the reports are of {commits.Count} source commits ({string.Join(", ", commits.Select(c => c[..Math.Min(12, c.Length)]))}), not one run");
        }

        return new FleetReport(tenants.Values.ToArray(), commits.ToArray(), problems);
    }
}
