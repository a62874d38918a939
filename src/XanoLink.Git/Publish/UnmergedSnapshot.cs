namespace XanoLink.Git.Publish;

/// <summary>
/// Nothing new to send, but the user asked for --merge or --set-live and the last snapshot never reached the live
/// branch (it was published without them): say how to finish, rather than let "up to date" suggest it is live.
/// </summary>
internal static class UnmergedSnapshot
{
    public static IReadOnlyList<string>? Warning(WorkspaceRepository tenant, TenantPlan plan, PublishSettings settings)
    {
        if (!(settings.Merge || settings.SetLive) || plan.LastSnapshot is not { } last)
        {
            return null;
        }

        if (tenant.Repository.ObjectDatabase.FindMergeBase(last, plan.LiveTip)?.Id == last.Id)
        {
            return null;
        }

        var branch = SnapshotMessage.Trailer(last.Message, SnapshotMessage.Branch) ?? last.Sha[..12];
        return [$"the last snapshot ({branch}) was published without merging and is not in live branch '{plan.Live}'; bring it in with 'xanolink branch merge {branch} -w {tenant.Location}' (or 'branch set-live {branch}')"];
    }
}
