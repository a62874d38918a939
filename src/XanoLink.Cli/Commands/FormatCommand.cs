using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Loading;

namespace XanoLink.Cli.Commands;

internal sealed record FormatOptions(string Workspace, bool Check);

/// <summary><c>xanolink format</c>: rewrites every readable workspace file in canonical form (or, with --check, lists those that are not).</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var check = new Option<bool>("--check") { Description = "Write nothing; list files not in canonical form and exit 1 if there are any." };
        var command = new Command("format", "Rewrite workspace files in canonical form (JSON: sorted keys, two-space indent, LF; XanoScript: Xano's own style).") { workspace, check };
        command.SetAction(parse => Run(console, new FormatOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(check))));
        return command;
    }

    public static int Run(CliConsole console, FormatOptions options)
    {
        var (workspace, diagnostics) = WorkspaceLoader.Load(new FolderFileSource(options.Workspace));
        var files = new List<(SourceFile File, byte[] Canonical)>();
        // JSON objects in canonical form; a XanoScript file (every document in it) in Xano's style, unless it cannot be read cleanly.
        files.AddRange(workspace.Objects.Where(o => o.Format == Model.WorkspaceFormat.Json).Select(o => (o.File, CanonicalJson.ToBytes(o.Json))));
        files.AddRange(Formats.ObjectFiles.FormattedXanoScript(workspace));
        // A records file with a line that could not be read holds only its other lines: writing it would drop that line.
        var partlyRead = diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        files.AddRange(workspace.Records.Values.Where(r => !partlyRead.Contains(r.Path)).Select(r => (r.File, CanonicalJson.RecordsToBytes(r.Records.Select(e => e.Json)))));
        if (workspace.Manifest is { } manifest)
        {
            files.Add((workspace.Files.First(f => f.Path == manifest.Path), CanonicalJson.ToBytes(manifest.Json)));
        }

        if (workspace.Info is { } info)
        {
            files.Add((workspace.Files.First(f => f.Path == "workspace.json"), CanonicalJson.ToBytes(info.Json)));
        }

        var changed = files.Where(f => !f.File.ReadAllBytes().AsSpan().SequenceEqual(f.Canonical)).OrderBy(f => f.File.Path, StringComparer.Ordinal).ToArray();
        foreach (var (file, canonical) in changed)
        {
            if (!options.Check)
            {
                File.WriteAllBytes(Path.Combine(options.Workspace, file.Path), canonical);
            }

            console.Out.WriteLine(options.Check ? $"{file.Path}: not in canonical form" : $"formatted {file.Path}");
        }

        var unreadable = diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        console.Out.WriteLine($"{changed.Length} of {files.Count} files {(options.Check ? "need formatting" : "rewritten")}{(unreadable > 0 ? $"; {unreadable} error(s) left files unread: run xanolink validate" : "")}");
        return options.Check && changed.Length > 0 ? 1 : 0;
    }
}
