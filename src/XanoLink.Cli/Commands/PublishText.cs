using XanoLink.Cli.Infrastructure;
using XanoLink.Diagnostics;
using XanoLink.Git.Publish;

namespace XanoLink.Cli.Commands;

/// <summary>Human lines for publish and plan: one per tenant (with its conflicts and the next step), then a summary.</summary>
internal static class PublishText
{
    public static string Line(CliConsole console, TenantOutcome t)
    {
        var text = t.Status switch
        {
            PublishStatus.Published => $"{t.Name}: published {Short(t.Commit)} on {t.Branch}" + (t.Merged ? $", merged into {t.Live}" : "") + (t.Live == t.Branch ? ", now live" : ""),
            PublishStatus.UpToDate => $"{t.Name}: up to date (last snapshot {Short(t.Commit)})",
            PublishStatus.WouldPublish => $"{t.Name}: would publish on {t.Branch}",
            PublishStatus.Conflict => $"{t.Name}: conflict {t.Code}, left untouched: {t.Error}",
            _ => $"{t.Name}: failed {t.Code}: {t.Error}",
        };
        var details = string.Concat((t.Conflicts ?? []).Select(c => $"\n  conflict: {c}"))
            + string.Concat((t.DataLoss ?? []).Select(l => $"\n  data loss: {l}"))
            + string.Concat((t.Settled ?? []).Select(c => $"\n  settled: {c}"))
            + string.Concat((t.NoLongerManaged ?? []).Select(k => $"\n  warning {DiagnosticCatalog.NoLongerManaged.Code}: {k} left the selection; the tenant keeps it as it is and it is no longer managed"))
            + string.Concat((t.Warnings ?? []).Select(w => $"\n  warning: {w}"))
            + (t.Status == PublishStatus.Conflict
                ? $"\n  next: xanolink publish --tenant {t.Name} --on-conflict source|tenant (take the source's or keep the tenant's value), or change the tenant and publish again"
                : "");
        var color = t.Status switch
        {
            PublishStatus.Published => "32",
            PublishStatus.Conflict => "33",
            PublishStatus.Failed => "31",
            _ => "0",
        };
        return console.Paint(text, color) + details;
    }

    public static string Summary(PublishReport report)
    {
        string Count(PublishStatus s) => report.Tenants.Count(t => t.Status == s).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{report.SourceRef} ({report.SourceCommit[..12]}) to {report.Tenants.Count} tenant(s): {Count(PublishStatus.Published)} published, "
            + $"{Count(PublishStatus.UpToDate)} up to date, {Count(PublishStatus.Conflict)} conflicted, {Count(PublishStatus.Failed)} failed.";
    }

    /// <summary>Tenants in name order, whatever order they finished in.</summary>
    public static IEnumerable<TenantOutcome> InNameOrder(PublishReport report) => report.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal);

    private static string Short(string? sha) => sha is null ? "-" : sha[..12];
}
