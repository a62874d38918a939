using System.CommandLine;
using XanoLink.Cli.GitDrivers;
using XanoLink.Cli.Infrastructure;
using XanoLink.Files;

namespace XanoLink.Cli.Commands;

internal sealed record GitSetupOptions(string Workspace, bool Global);

/// <summary>
/// <c>xanolink git-setup [--global]</c>: registers xanolink as Git's diff text converter and merge driver (in this
/// repository's config, or the user's with --global) and adds the attribute lines to the workspace folder's
/// .gitattributes, so plain <c>git diff</c> and <c>git merge</c> work member by member. Runs the git CLI, so it needs git
/// on PATH.
/// </summary>
internal static class GitSetupCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var global = new Option<bool>("--global") { Description = "Configure the drivers for every repository of this user (git config --global)." };
        var command = new Command("git-setup", "Configure Git's diff and merge drivers for workspace files and write .gitattributes.") { workspace, global };
        command.SetAction(parse => Run(console, new GitSetupOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(global))));
        return command;
    }

    /// <summary>The git config keys and values, for a driver command such as <c>xanolink</c> or <c>dotnet xanolink</c>.</summary>
    public static IReadOnlyList<(string Key, string Value)> Settings(string tool) =>
    [
        ("diff.xanolink.textconv", $"{tool} textconv"),
        ("merge.xanolink.name", "xanolink member-level merge of workspace files"),
        ("merge.xanolink.driver", $"{tool} merge-file %O %A %B %P"),
    ];

    public static int Run(CliConsole console, GitSetupOptions options)
    {
        var top = Git(options.Workspace, "rev-parse", "--show-toplevel");
        if (!options.Global && top.Code != 0)
        {
            console.Error.WriteLine($"xanolink: {options.Workspace} is not inside a Git repository; run 'git init' first, or use --global");
            return 1;
        }

        // A .gitattributes that is a symbolic link is refused before git's config is touched: nothing half done.
        var attributes = Path.Combine(options.Workspace, ".gitattributes");
        WorkspaceFileWriter.EnsureWritable(options.Workspace, attributes);
        var tool = DriverCommand.Current(top.Code == 0 ? top.Output.Trim() : null, options.Global);
        var scope = options.Global ? "--global" : "--local";
        foreach (var (key, value) in Settings(tool.Command))
        {
            var (code, _, error) = Git(options.Workspace, "config", scope, key, value);
            if (code != 0)
            {
                console.Error.WriteLine($"xanolink: git config {key} failed: {error.Trim()}");
                return 1;
            }

            console.Out.WriteLine($"git config {scope} {key} \"{value}\"");
        }

        console.Out.WriteLine($"Git starts the drivers as '{tool.Command}': {tool.Reason}.");
        var added = GitAttributes.AddTo(options.Workspace, attributes);
        console.Out.WriteLine(added.Count == 0
            ? $"{attributes}: already routes workspace files to xanolink"
            : $"{attributes}: added {added.Count} line(s); commit it so every clone uses the drivers");
        return 0;
    }

    // The one git-process runner (XanoLink.Git.GitProcess): argument lists, no prompts, the allowed transports only.
    private static (int Code, string Output, string Error) Git(string directory, params string[] args)
    {
        try
        {
            var result = XanoLink.Git.GitProcess.Run(directory, null, args);
            return (result.ExitCode, result.Output, result.Error);
        }
        catch (XanoLink.Git.GitWorkspaceException ex)
        {
            return (127, "", ex.Message);
        }
    }
}
