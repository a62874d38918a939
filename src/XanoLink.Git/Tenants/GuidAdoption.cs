using System.Text;
using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Formats;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Git.Tenants;

/// <summary>One tenant object that takes the source's guid; <see cref="Path"/> is workspace-relative.</summary>
public sealed record GuidChange(ItemKey Key, string Path, string OldGuid, string NewGuid)
{
    public override string ToString() => $"{Key}: {OldGuid} -> {NewGuid}";
}

/// <summary>What adopt-guids would do on the tenant's live branch, and why it cannot (<see cref="Problems"/>).</summary>
public sealed record GuidAdoptionPlan(string Branch, Commit Tip, IReadOnlyList<GuidChange> Changes, IReadOnlyList<string> Problems);

/// <summary>
/// <c>xanolink adopt-guids</c>: tenant objects with the kind and name of a source object but another guid (a guid collision,
/// which publish refuses) take the source's guid, in one commit on the tenant's live branch.
/// </summary>
public static class GuidAdoption
{
    /// <param name="only">Adopt just these items; each must be a collision. Null: every collision.</param>
    public static GuidAdoptionPlan Plan(Workspace source, WorkspaceRepository tenant, IReadOnlyCollection<ItemKey>? only = null)
    {
        var live = tenant.GetLive() ?? throw new GitWorkspaceException(GitProblem.RefNotFound, $"{tenant.Location} has no live branch yet (no commits)");
        var tip = tenant.ResolveCommit(live);
        var tenantWorkspace = WorkspaceLoader.Load(new GitFileSource(tenant.Repository, tip, tenant.Subfolder, live)).Workspace;
        var changes = source.Objects
            .Select(s => (Source: s, Tenant: tenantWorkspace.Find(s.Key)))
            .Where(p => p.Tenant is not null && p.Source.Guid.Length > 0 && p.Tenant.Guid != p.Source.Guid)
            .Select(p => new GuidChange(p.Source.Key, p.Tenant!.Path, p.Tenant.Guid, p.Source.Guid))
            .ToList();

        if (only is not null)
        {
            var missing = only.Where(k => changes.All(c => c.Key != k)).Order().ToArray();
            if (missing.Length > 0)
            {
                throw new GitWorkspaceException(GitProblem.NothingToAdopt, $"no guid collision for {string.Join(", ", missing)} on {live} of {tenant.Location}: "
                    + (changes.Count == 0 ? "the tenant has no objects that collide with the source" : $"the collisions are {string.Join(", ", changes.Select(c => c.Key))}"));
            }

            changes = changes.Where(c => only.Contains(c.Key)).ToList();
        }

        return new GuidAdoptionPlan(live, tip, changes, Problems(tenantWorkspace, changes));
    }

    /// <summary>Writes the plan as one commit on the tenant's live branch; null when there is nothing to change.</summary>
    public static Commit? Apply(WorkspaceRepository tenant, Workspace tenantAtTip, GuidAdoptionPlan plan)
    {
        if (plan.Problems.Count > 0)
        {
            throw new InvalidOperationException("a plan with problems cannot be applied");
        }

        if (plan.Changes.Count == 0)
        {
            return null;
        }

        ObjectWriter.RefuseCheckedOut(tenant, plan.Branch);
        var prefix = tenant.Subfolder.Length == 0 ? "" : tenant.Subfolder + "/";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        // Through the one owner of object bytes: a XanoScript object keeps its text but for the guid, and the other documents of
        // a multidoc file keep theirs.
        foreach (var file in plan.Changes.GroupBy(c => c.Path, StringComparer.Ordinal))
        {
            var changes = file.Select(change =>
            {
                var obj = tenantAtTip.Find(change.Key)!;
                var json = (JObject)obj.Json.DeepClone();
                json["guid"] = change.NewGuid;
                return (obj, json);
            }).ToArray();
            files[prefix + file.Key] = ObjectFiles.Rewrite(changes);
        }

        var message = new StringBuilder($"Adopt source guids for {plan.Changes.Count} object{(plan.Changes.Count == 1 ? "" : "s")}\n\n");
        foreach (var change in plan.Changes)
        {
            message.Append(change).Append('\n');
        }

        var repository = tenant.Repository;
        var tree = TreeWriter.Edit(repository, plan.Tip.Tree, files.Select(kv => new FileChange(kv.Key, kv.Value)));
        var commit = ObjectWriter.Commit(repository, message.ToString(), tree, [plan.Tip]);
        RefMoves.Move(repository, "refs/heads/" + plan.Branch, plan.Tip.Id, commit.Id, "xanolink: adopt-guids");
        return commit;
    }

    /// <summary>Plans and, unless there are problems, applies: the usual way to call this.</summary>
    /// <returns>The plan, and the id of the commit made (null for a dry run or when the plan has problems).</returns>
    public static (GuidAdoptionPlan Plan, string? Commit) Run(Workspace source, WorkspaceRepository tenant, IReadOnlyCollection<ItemKey>? only, bool dryRun)
    {
        var plan = Plan(source, tenant, only);
        if (dryRun || plan.Problems.Count > 0)
        {
            return (plan, null);
        }

        var tenantAtTip = WorkspaceLoader.Load(new GitFileSource(tenant.Repository, plan.Tip, tenant.Subfolder, plan.Branch)).Workspace;
        return (plan, Apply(tenant, tenantAtTip, plan)?.Sha);
    }

    /// <summary>A guid that, after the change, two tenant objects would share.</summary>
    private static string[] Problems(Workspace tenant, IReadOnlyList<GuidChange> changes)
    {
        var adopted = changes.ToDictionary(c => c.Key, c => c.NewGuid);
        return tenant.Objects
            .Select(o => (o.Key, Guid: adopted.GetValueOrDefault(o.Key) ?? o.Guid))
            .GroupBy(o => o.Guid, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.Any(o => adopted.ContainsKey(o.Key)))
            .Select(g => $"the source guid {g.Key} is already used by another tenant object: {string.Join(", ", g.Select(o => o.Key).Order())} would share it")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
