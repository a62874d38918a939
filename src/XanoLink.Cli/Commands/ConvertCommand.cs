using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Cli.Commands;

internal sealed record ConvertOptions(string Workspace, string To, string Output, string Format);

/// <summary>
/// <c>xanolink convert</c>: the whole workspace in the other format, written to a new folder. Everything is converted and
/// checked in memory first; the folder is written only when nothing would be lost.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var to = new Option<string>("--to") { Description = "The format to convert to: json or xanoscript.", Required = true };
        to.AcceptOnlyFromAmong("json", WorkspaceFormats.XanoScript);
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the converted workspace to: new, or empty.", Required = true };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("convert", "Convert a whole workspace between the JSON format and XanoScript, into a new folder, with nothing lost.") { workspace, to, output, format };
        command.SetAction(parse => Run(console, new ConvertOptions(
            WorkspaceLocator.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(to)!,
            Path.GetFullPath(parse.GetValue(output)!, console.CurrentDirectory),
            parse.GetValue(format)!)));
        return command;
    }

    public static int Run(CliConsole console, ConvertOptions options)
    {
        var target = options.To == "json" ? WorkspaceFormat.Json : WorkspaceFormat.XanoScript;
        if (TargetProblem(options.Workspace, options.Output) is { } problem)
        {
            return Report(console, options, null, [DiagnosticCatalog.ConvertTargetNotEmpty.At("", 0, 0, problem)], 2);
        }

        var (workspace, diagnostics) = WorkspaceLoader.Load(new FolderFileSource(options.Workspace));
        var result = WorkspaceConversion.Convert(workspace, diagnostics, target);
        if (!result.Succeeded)
        {
            return Report(console, options, workspace, result.Problems, 1);
        }

        Write(options.Output, result.Files);
        return Report(console, options, workspace, [], 0, result);
    }

    /// <summary>Why the output folder cannot take the workspace: it holds something, or is the source or inside it.</summary>
    private static string? TargetProblem(string source, string output)
    {
        var sourceFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(source));
        var outputFull = Path.TrimEndingDirectorySeparator(output);
        if (outputFull == sourceFull || outputFull.StartsWith(sourceFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"the output folder {output} is the workspace or inside it; convert never writes over its source: pass a folder outside it (-o ../converted), review it, then replace the workspace's files with it";
        }

        if (File.Exists(output) || (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()))
        {
            return $"the output folder {output} exists and is not empty; pass a new or empty folder";
        }

        return null;
    }

    // Written to a sibling folder first and moved into place, so a failure half way leaves no half-converted workspace.
    private static void Write(string output, IReadOnlyDictionary<string, byte[]> files)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(output))}.converting-{Environment.ProcessId}");
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(output))
            {
                Directory.Delete(output);
            }

            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    private static int Report(CliConsole console, ConvertOptions options, Workspace? workspace, IReadOnlyList<Diagnostic> problems, int exit, ConversionResult? result = null)
    {
        var from = workspace is null ? null : WorkspaceFormats.Name(workspace.Format);
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                from,
                to = options.To,
                output = options.Output,
                converted = result is not null,
                objects = result?.Objects ?? 0,
                files = result?.Files.Count ?? 0,
                diagnostics = problems.Select(d => new { severity = "error", code = d.Code, file = d.File, line = d.Line, column = d.Column, message = d.Message }),
            });
            return exit;
        }

        foreach (var problem in problems)
        {
            var line = problem.File.Length == 0 ? $"error {problem.Code}: {problem.Message}" : problem.ToString();
            console.Error.WriteLine(console.Paint(line, "31"));
        }

        console.Out.WriteLine(result is null
            ? "Nothing written."
            : $"Converted {result.Objects} object{(result.Objects == 1 ? "" : "s")} from {from} to {options.To}: {result.Files.Count} file{(result.Files.Count == 1 ? "" : "s")} in {options.Output}.");
        return exit;
    }
}
