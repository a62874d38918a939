using XanoLink.Merge;

namespace XanoLink.Git.Publish;

/// <summary>Turns a plan into the parts of a <see cref="TenantOutcome"/> every status shares, in publish's words (tenant and source, not ours and theirs).</summary>
internal static class Outcomes
{
    public static TenantOutcome Of(TenantPlan plan, PublishStatus status, PublishSettings settings)
    {
        var conflicts = plan.Merge?.Conflicts ?? [];
        return new TenantOutcome(plan.Tenant, status, plan.Branch, Merged: settings.Merge, Live: plan.Live, LiveCommit: plan.LiveTip.Sha,
            Conflicts: conflicts.Where(c => c.Resolution == ConflictResolution.Unresolved).Select(Describe).ToArray(),
            Collisions: plan.Collisions,
            Warnings: plan.Warnings)
        {
            Settled = conflicts.Where(c => c.Resolution != ConflictResolution.Unresolved).Select(Describe).ToArray(),
            DataLoss = plan.DataLoss.Select(l => l.ToString()).ToArray(),
            NoLongerManaged = plan.NoLongerManaged.Select(k => k.ToString()).ToArray(),
        };
    }

    /// <summary><c>api:products/get description: changed differently in the tenant and the source (tenant "a", source "b"); kept the tenant's</c>.</summary>
    public static string Describe(MergeConflict conflict)
    {
        var where = (conflict.Item?.ToString() ?? conflict.File) + (conflict.Member.Length == 0 ? "" : " " + conflict.Member);
        var what = conflict.Description
            .Replace("changed differently on both sides", "changed differently in the tenant and the source", StringComparison.Ordinal)
            .Replace("added differently on both sides", "added differently in the tenant and the source", StringComparison.Ordinal)
            .Replace("in ours", "in the tenant", StringComparison.Ordinal)
            .Replace("in theirs", "in the source", StringComparison.Ordinal);
        var settled = conflict.Resolution switch
        {
            ConflictResolution.TookOurs => "; kept the tenant's",
            ConflictResolution.TookTheirs => "; took the source's",
            _ => "",
        };
        return $"{where}: {what} (tenant {Show(conflict.Ours)}, source {Show(conflict.Theirs)}){settled}";
    }

    private static string Show(Newtonsoft.Json.Linq.JToken? value)
    {
        if (value is null)
        {
            return "deleted";
        }

        var text = XanoLink.Json.CanonicalJson.Compact(value);
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
