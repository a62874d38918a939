using System.CommandLine;
using System.Diagnostics;
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
    public static readonly IReadOnlyList<(string Key, string Value)> Settings =
    [
        ("diff.xanolink.textconv", "xanolink textconv"),
        ("merge.xanolink.name", "xanolink member-level merge of workspace files"),
        ("merge.xanolink.driver", "xanolink merge-file %O %A %B %P"),
    ];

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

    public static int Run(CliConsole console, GitSetupOptions options)
    {
        if (!options.Global && Git(options.Workspace, "rev-parse", "--git-dir").Code != 0)
        {
            console.Error.WriteLine($"xanolink: {options.Workspace} is not inside a Git repository; run 'git init' first, or use --global");
            return 1;
        }

        // A .gitattributes that is a symbolic link is refused before git's config is touched: nothing half done.
        var attributes = Path.Combine(options.Workspace, ".gitattributes");
        WorkspaceFileWriter.EnsureWritable(options.Workspace, attributes);
        foreach (var (key, value) in Settings)
        {
            var (code, error) = Git(options.Workspace, "config", options.Global ? "--global" : "--local", key, value);
            if (code != 0)
            {
                console.Error.WriteLine($"xanolink: git config {key} failed: {error.Trim()}");
                return 1;
            }

            console.Out.WriteLine($"git config {(options.Global ? "--global" : "--local")} {key} \"{value}\"");
        }

        var added = GitAttributes.AddTo(options.Workspace, GitAttributes.Lines());
        console.Out.WriteLine(added.Count == 0
            ? $"{attributes}: already routes workspace files to xanolink"
            : $"{attributes}: added {added.Count} line(s); commit it so every clone uses the drivers");
        return 0;
    }

    private static (int Code, string Error) Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (127, $"cannot run git ({ex.Message}); install Git and put it on PATH");
        }
    }
}
