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

    public static string Describe(MergeConflict conflict) => conflict.ToString(ConflictSides.Publish);
}
