using System.CommandLine;
using XanoLink.Cli.GitDrivers;
using XanoLink.Cli.Infrastructure;
using XanoLink.Merge;

namespace XanoLink.Cli.Commands;

internal sealed record TextConvOptions(string File);

/// <summary>
/// <c>xanolink textconv FILE</c>: Git's diff text converter (diff.xanolink.textconv) for workspace files, so
/// <c>git diff</c> and <c>git log -p</c> read like the product. A file that is not readable JSON is printed as it is.
/// </summary>
internal static class TextConvCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The workspace file to render (Git passes a temporary copy)." };
        var command = new Command("textconv", "Git diff driver: render a workspace file as readable lines.") { file };
        command.Hidden = true;
        command.SetAction(parse => Run(console, new TextConvOptions(parse.GetValue(file)!)));
        return command;
    }

    public static int Run(CliConsole console, TextConvOptions options)
    {
        var text = File.ReadAllText(options.File);
        console.Out.Write(Render(options.File, text) ?? text);
        return 0;
    }

    // A file that is no readable workspace JSON is shown as it is: a diff must never fail.
    private static string? Render(string path, string text)
    {
        try
        {
            return RenderWorkspaceFile(path, text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string RenderWorkspaceFile(string path, string text)
    {
        var key = FileMerge.KeyOf(path);
        if (FileMerge.IsRecords(path))
        {
            var name = key?.Name ?? Path.GetFileName(path).Split('.')[0];
            return ReadableText.Records(name, FileMerge.ParseRecords(text));
        }

        return ReadableText.Object(FileMerge.ParseObject(text), key);
    }
}
