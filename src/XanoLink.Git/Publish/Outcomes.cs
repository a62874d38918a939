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
            SnapshotRef = plan.Line.RefTip?.Sha,
            Digest = plan.UpToDate ? null : Digest(plan, settings),
        };
    }

    /// <summary>
    /// sha256 of exactly what applying the plan writes: the snapshot tree, the branch, the settings, and every change the
    /// live branch gets. A reviewed plan and its apply compute it from the same inputs, so equal digests mean equal writes.
    /// </summary>
    public static string Digest(TenantPlan plan, PublishSettings settings)
    {
        var lines = new List<string>
        {
            $"snapshot {plan.SnapshotTree.Id}",
            $"branch {plan.Branch}",
            $"merge {settings.Merge} set-live {settings.SetLive} on-conflict {settings.Policy} allow-data-loss {settings.AllowDataLoss}",
        };
        if (plan.Merge is { } merge)
        {
            lines.AddRange(merge.Files.Select(f => $"file {f.Path} {(f.Bytes is null ? "-" : XanoLink.Files.GitBlobId.Of(f.Bytes))}").Order(StringComparer.Ordinal));
            lines.AddRange(merge.Entries.Select(e => $"entry {e.Path} {(e.Entry is { } x ? $"{x.Mode} {x.Id}" : "-")}").Order(StringComparer.Ordinal));
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    public static string Describe(MergeConflict conflict) => conflict.ToString(ConflictSides.Publish);
}
