using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;

namespace XanoLink.Cli.Commands;

/// <summary>Human lines for publish and plan: one per tenant (with its conflicts and the next step), then a summary.</summary>
internal static class PublishText
{
    public static string Line(CliConsole console, TenantOutcome t)
    {
        var text = t.Status switch
        {
            TenantStatus.Published => $"{t.Name}: published {Short(t.Commit)} on {t.Branch}" + (t.Merged ? $", merged into {t.Live}" : "") + (t.Live == t.Branch ? ", now live" : ""),
            TenantStatus.UpToDate => $"{t.Name}: up to date (last snapshot {Short(t.Commit)})",
            TenantStatus.WouldPublish => $"{t.Name}: would publish on {t.Branch}",
            TenantStatus.Conflict => $"{t.Name}: conflict, left untouched",
            _ => $"{t.Name}: failed: {WithoutName(t)}",
        };
        var conflicts = t.Status == TenantStatus.Conflict
            ? string.Concat((t.Conflicts ?? []).Select(c => "\n  " + c))
                + $"\n  next: xanolink publish --tenant {t.Name} --on-conflict source|tenant (take the source's or keep the tenant's value), or change the tenant and publish again"
            : "";
        var warnings = string.Concat((t.Warnings ?? []).Select(w => $"\n  warning: {w}"));
        var color = t.Status switch
        {
            TenantStatus.Published => "32",
            TenantStatus.Conflict => "33",
            TenantStatus.Failed => "31",
            _ => "0",
        };
        return console.Paint(text, color) + conflicts + warnings;
    }

    public static string Summary(PublishReport report)
    {
        string Count(TenantStatus s) => report.Tenants.Count(t => t.Status == s).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{report.SourceRef} ({report.SourceCommit[..12]}) to {report.Tenants.Count} tenant(s): {Count(TenantStatus.Published)} published, "
            + $"{Count(TenantStatus.UpToDate)} up to date, {Count(TenantStatus.Conflict)} conflicted, {Count(TenantStatus.Failed)} failed.";
    }

    /// <summary>Tenants in name order, whatever order they finished in.</summary>
    public static IEnumerable<TenantOutcome> InNameOrder(PublishReport report) => report.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal);

    // The line starts with the tenant's name; the error (also the json's, where it stands alone) names it again, maybe twice.
    private static string WithoutName(TenantOutcome t)
    {
        var error = t.Error ?? "unknown error";
        var prefix = $"tenant {t.Name}";
        while (error.StartsWith(prefix + ": ", StringComparison.Ordinal))
        {
            error = error[(prefix.Length + 2)..];
        }

        return error.StartsWith(prefix + " ", StringComparison.Ordinal) ? "it" + error[prefix.Length..] : error;
    }

    private static string Short(string? sha) => sha is null ? "-" : sha[..12];
}
