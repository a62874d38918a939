using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;

namespace XanoLink.Cli.Commands;

internal sealed record TenantOptions(string Action, string Workspace, string? Name, string? Path, string Format);

/// <summary><c>xanolink tenant create|list</c>: make a bare tenant repository and register it; list the tenants and whether they can be read.</summary>
internal static class TenantCommand
{
    private static readonly string[] Header = ["TENANT", "REPOSITORY", "LIVE", "REACHABLE"];

    public static Command Create(CliConsole console)
    {
        var command = new Command("tenant", "Create and list the tenants of a source workspace.");
        var name = new Argument<string>("NAME") { Description = "The tenant's name (convention product:client, such as shop:acme)." };
        var path = new Argument<string>("PATH") { Description = "Where the new bare repository goes (must not exist, or be empty). Leave it out for a tenant xanolink.json already lists.", Arity = ArgumentArity.ZeroOrOne };
        command.Subcommands.Add(Sub(console, "create", "A new bare tenant repository whose live branch main holds an empty workspace, registered in xanolink.json.", name, path));
        command.Subcommands.Add(Sub(console, "list", "The tenants of xanolink.json: repository, live branch, and whether it can be read.", null, null));
        return command;
    }

    public static int Run(CliConsole console, TenantOptions options) =>
        options.Action == "create" ? CreateTenant(console, options) : List(console, options);

    private static Command Sub(CliConsole console, string action, string description, Argument<string>? name, Argument<string>? path)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var command = new Command(action, description) { workspace, format };
        if (name is not null && path is not null)
        {
            command.Arguments.Add(name);
            command.Arguments.Add(path);
        }

        command.SetAction(parse => Run(console, new TenantOptions(
            action,
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            name is null ? null : parse.GetValue(name),
            path is null || parse.GetValue(path) is not { } given ? null : System.IO.Path.GetFullPath(given, console.CurrentDirectory),
            parse.GetValue(format)!)));
        return command;
    }

    private static int CreateTenant(CliConsole console, TenantOptions options)
    {
        // A tenant the manifest lists whose repository does not exist yet is made where the manifest says; the manifest stays as it is.
        var listed = ManifestTenants.Read(options.Workspace).Any(t => t.Name == options.Name);
        var sourceFormat = Loading.WorkspaceLoader.Load(new Files.FolderFileSource(options.Workspace)).Workspace.Format;
        var created = TenantCreator.Create(options.Workspace, options.Name!, options.Path, sourceFormat);
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new { name = created.Name, repository = created.Repository, live = created.Branch, commit = created.Commit, guid = created.Guid });
            return 0;
        }

        var what = sourceFormat == Model.WorkspaceFormat.XanoScript ? "XanoScript tenant" : "tenant";
        console.Out.WriteLine($"Created {what} {created.Name}: bare repository {created.FullPath}, live branch {created.Branch} ({created.Commit[..12]}), workspace guid {created.Guid}.");
        var entry = $"{{ \"name\": \"{created.Name}\", \"repository\": \"{created.Repository}\" }}";
        console.Out.WriteLine(listed ? $"Already in xanolink.json as {entry}; left as it is." : $"Registered in xanolink.json as {entry}; commit xanolink.json: publish and status read it from Git.");
        return 0;
    }

    private static int List(CliConsole console, TenantOptions options)
    {
        UncommittedChanges.Note(console, options.Workspace, null, "tenant list");
        var source = PublishSource.Open(options.Workspace);
        if (UnreadableManifest.Report(console, source))
        {
            return 1;
        }

        var rows = source.Manifest.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => TenantStatusReader.Read(source, t)).ToArray();
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new { tenants = rows.Select(r => new { name = r.Name, repository = r.Repository, live = r.Live, reachable = r.Error is null, code = r.Code, error = r.Error }) });
            return rows.Any(r => r.Error is not null) ? 1 : 0;
        }

        if (rows.Length == 0)
        {
            console.Out.WriteLine("No tenants in xanolink.json; add one with 'xanolink tenant create NAME PATH'.");
            return 0;
        }

        var table = new List<string[]> { Header };
        table.AddRange(rows.Select(r => new[] { r.Name, r.Repository, r.Live ?? "-", r.Error is null ? "yes" : $"no: {r.Code}: {r.Error}" }));
        TextTable.Write(console.Out, table);
        return rows.Any(r => r.Error is not null) ? 1 : 0;
    }
}
