using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Diagnostics;
using XanoLink.Merge;

namespace XanoLink.Cli.Commands;

internal sealed record MergeFileOptions(string Base, string Ours, string Theirs, string Path, MergePolicy Policy);

/// <summary>
/// <c>xanolink merge-file BASE OURS THEIRS PATH</c>: Git's merge driver for one workspace file (merge.xanolink.driver =
/// "xanolink merge-file %O %A %B %P"). Merges member by member and writes the result to OURS in canonical form. On a
/// conflict the conflicting members keep ours' value, every conflict is printed to stderr and the exit code is 1, so Git
/// marks the file conflicted; theirs stays at hand with <c>git checkout --theirs</c>. A side larger than workspace files
/// may be (16 MiB) is not read at all: ours is left as it is and the exit code is 1, so Git reports a conflict with both
/// sides kept, as it would for a file it cannot merge.
/// </summary>
internal static class MergeFileCommand
{
    public static Command Create(CliConsole console)
    {
        var @base = new Argument<string>("BASE") { Description = "The common ancestor's version (%O)." };
        var ours = new Argument<string>("OURS") { Description = "Our version (%A); the result is written here." };
        var theirs = new Argument<string>("THEIRS") { Description = "Their version (%B)." };
        var path = new Argument<string>("PATH") { Description = "The file's path in the repository (%P), which says what it holds." };
        var onConflict = new Option<string>("--on-conflict") { Description = "fail (report, exit 1), ours or theirs.", DefaultValueFactory = _ => "fail" };
        onConflict.AcceptOnlyFromAmong("fail", "ours", "theirs");
        var command = new Command("merge-file", "Git merge driver: merge one workspace file member by member.") { @base, ours, theirs, path, onConflict };
        command.Hidden = true;
        command.SetAction(parse => Run(console, new MergeFileOptions(
            parse.GetValue(@base)!,
            parse.GetValue(ours)!,
            parse.GetValue(theirs)!,
            parse.GetValue(path)!,
            parse.GetValue(onConflict) switch { "ours" => MergePolicy.Ours, "theirs" => MergePolicy.Theirs, _ => MergePolicy.Fail })));
        return command;
    }

    public static int Run(CliConsole console, MergeFileOptions options)
    {
        if (FileMerge.IsWorkspaceInfo(options.Path))
        {
            // A workspace keeps its own identity: ours, untouched.
            return 0;
        }

        foreach (var (side, file) in new[] { ("base", options.Base), ("ours", options.Ours), ("theirs", options.Theirs) })
        {
            var size = new FileInfo(file).Length;
            if (size > FileMerge.MaxFileSize)
            {
                console.Error.WriteLine(DiagnosticCatalog.FileTooLarge.At(options.Path, 0, 0,
                    $"{side} is {size:N0} bytes, over the 16 MiB (16,777,216 bytes) workspace files may have, so xanolink does not merge it: ours is kept and Git marks the file conflicted; resolve it by hand (git checkout --ours or --theirs)"));
                return 1;
            }
        }

        var result = FileMerge.Merge(options.Path, File.ReadAllText(options.Base), File.ReadAllText(options.Ours), File.ReadAllText(options.Theirs), options.Policy);
        if (result.Problem is not null)
        {
            console.Error.WriteLine($"{options.Path}: xanolink cannot merge this file member by member ({result.Problem}); ours is kept: fix the JSON and merge by hand");
            return 1;
        }

        foreach (var conflict in result.Conflicts)
        {
            console.Error.WriteLine($"{options.Path}: {(conflict.Resolution == ConflictResolution.Unresolved ? "conflict" : "resolved")}: {conflict}");
        }

        if (result.Merged is null)
        {
            console.Error.WriteLine($"{options.Path}: the merge deletes this file; ours is kept for you to decide");
            return 1;
        }

        File.WriteAllBytes(options.Ours, result.Merged);
        return result.HasUnresolvedConflicts ? 1 : 0;
    }
}
