using System.CommandLine;
using XanoLink.Cli.GitDrivers;
using XanoLink.Cli.Infrastructure;
using XanoLink.Merge;

namespace XanoLink.Cli.Commands;

internal sealed record TextConvOptions(string File);

/// <summary>
/// <c>xanolink textconv FILE</c>: Git's diff text converter (diff.xanolink.textconv) for workspace files, so
/// <c>git diff</c> and <c>git log -p</c> read like the product. A file that is not readable JSON, or is larger than
/// workspace files may be (16 MiB), is printed byte for byte as it is, which is what git shows without the converter:
/// a diff must never fail, and never cost more than the file.
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
        if (new FileInfo(options.File).Length <= FileMerge.MaxFileSize && Render(options.File, File.ReadAllText(options.File)) is { } rendered)
        {
            console.Out.Write(rendered);
            return 0;
        }

        PassThrough(console, options.File);
        return 0;
    }

    private static void PassThrough(CliConsole console, string file)
    {
        using var input = File.OpenRead(file);
        if (console.Bytes is { } bytes)
        {
            console.Out.Flush();
            input.CopyTo(bytes);
            bytes.Flush();
            return;
        }

        using var reader = new StreamReader(input);
        var buffer = new char[81920];
        for (int read; (read = reader.Read(buffer, 0, buffer.Length)) > 0;)
        {
            console.Out.Write(buffer, 0, read);
        }
    }

    // A file that is no readable workspace JSON is shown as it is.
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
