using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Manifest;
using XanoLink.Model;

namespace XanoLink.Cli.Commands;

internal sealed record AdoptGuidsOptions(string Workspace, string Tenant, IReadOnlyList<ItemKey>? Items, bool DryRun, string Format);

/// <summary>
/// <c>xanolink adopt-guids</c>: the tenant's objects that match a source object by kind and name take the source's guid,
/// in one commit on the tenant's live branch, so publish sees them as the same objects.
/// </summary>
internal static class AdoptGuidsCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var tenant = new Option<string>("--tenant") { Description = "The tenant (a name from xanolink.json).", Required = true };
        var items = new Option<string[]>("--item") { Description = "Only these items (KIND:NAME); each must be a guid collision." };
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would change; write nothing." };
        var command = new Command("adopt-guids", "Give tenant objects that match a source object by kind and name the source's guid, in one commit on the tenant's live branch.")
        {
            workspace, format, tenant, items, dryRun,
        };
        command.SetAction(parse => Run(console, new AdoptGuidsOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(tenant)!,
            parse.GetValue(items) is { Length: > 0 } keys ? keys.Select(Parse).ToArray() : null,
            parse.GetValue(dryRun),
            parse.GetValue(format)!)));
        return command;
    }

    public static int Run(CliConsole console, AdoptGuidsOptions options)
    {
        var source = PublishSource.Open(options.Workspace);
        var entry = source.Manifest.FindTenant(options.Tenant)
            ?? throw new UsageException($"no tenant '{options.Tenant}' in xanolink.json; 'xanolink tenant list' shows the tenants");
        if (TenantAddress.IsRemote(entry.Repository))
        {
            throw new UsageException($"tenant '{entry.Name}' lives at {entry.Repository}; adopt-guids writes to local repositories: clone it, run adopt-guids with the clone as the tenant's repository, and push");
        }

        var (repository, _, problem) = TenantRepositories.Open(TenantLocation.Of(entry, source.Folder, source.GitDirectory));
        using var tenant = repository ?? throw new UsageException($"tenant '{entry.Name}': {problem}");
        var (plan, commit) = GuidAdoption.Run(source.Workspace, tenant, options.Items, options.DryRun);
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                tenant = entry.Name,
                branch = plan.Branch,
                dryRun = options.DryRun,
                commit = commit?.Sha,
                changes = plan.Changes.Select(c => new { key = c.Key.ToString(), path = c.Path, oldGuid = c.OldGuid, newGuid = c.NewGuid }),
                problems = plan.Problems,
            });
        }
        else
        {
            WriteText(console, entry.Name, plan, commit, options.DryRun);
        }

        return plan.Problems.Count > 0 ? 1 : 0;
    }

    private static ItemKey Parse(string text) => ItemKey.TryParse(text, out var key)
        ? key.Value
        : throw new UsageException($"'{text}' is not an item key; write KIND:NAME, such as table:product or function:billing/calc_total");

    private static void WriteText(CliConsole console, string tenant, GuidAdoptionPlan plan, LibGit2Sharp.Commit? commit, bool dryRun)
    {
        if (plan.Problems.Count > 0)
        {
            foreach (var problem in plan.Problems)
            {
                console.Error.WriteLine($"xanolink: {problem}");
            }

            console.Error.WriteLine($"xanolink: nothing was written to tenant {tenant}; rename or remove the tenant object that holds the guid, then run adopt-guids again");
            return;
        }

        if (plan.Changes.Count == 0)
        {
            console.Out.WriteLine($"No guid collisions between the source and {tenant} ({plan.Branch}); nothing to adopt.");
            return;
        }

        var count = $"{plan.Changes.Count} object{(plan.Changes.Count == 1 ? "" : "s")}";
        console.Out.WriteLine(dryRun || commit is null
            ? $"Would adopt source guids for {count} on {tenant} ({plan.Branch}); dry run, nothing written:"
            : $"Adopted source guids for {count} on {tenant} ({plan.Branch}, commit {commit.Sha[..12]}):");
        foreach (var change in plan.Changes)
        {
            console.Out.WriteLine($"  {change}");
        }
    }
}
