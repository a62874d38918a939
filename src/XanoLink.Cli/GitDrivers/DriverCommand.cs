using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace XanoLink.Cli.GitDrivers;

/// <summary>How the drivers' command line starts xanolink, and why that way (git-setup prints the reason).</summary>
/// <param name="Command">The start of the command line Git runs through its shell: <c>xanolink</c>, <c>dotnet xanolink</c> or a full path.</param>
internal sealed record DriverCommand(string Command, string Reason)
{
    /// <summary>The command for the running tool: Git runs it later, from the repository's top folder, with its own PATH.</summary>
    public static DriverCommand Current(string? repositoryTop, bool global) => For(
        Environment.ProcessPath,
        Path.Combine(AppContext.BaseDirectory, "xanolink.dll"),
        Environment.GetEnvironmentVariable("PATH"),
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        global ? null : repositoryTop);

    /// <summary>
    /// Decides, in this order: an executable named xanolink (a global tool's shim, a --tool-path install) is called by name
    /// when PATH finds that same file, else by its full path; the dotnet host running xanolink.dll is <c>dotnet xanolink</c>
    /// when a tool manifest visible from the repository's top folder pins the tool (a local tool), else
    /// <c>dotnet FULL-PATH-OF-xanolink.dll</c>.
    /// </summary>
    /// <param name="repositoryTop">Where Git runs the drivers; null for <c>--global</c> (any repository), where a local tool is not known.</param>
    public static DriverCommand For(string? processPath, string assembly, string? pathVariable, string? dotnetHostPath, string? repositoryTop)
    {
        var process = processPath is null ? "" : Path.GetFileNameWithoutExtension(processPath);
        if (process == "xanolink" && processPath is not null)
        {
            return SameFile(Which("xanolink", pathVariable), processPath)
                ? new DriverCommand("xanolink", "xanolink is on PATH")
                : new DriverCommand(Quote(processPath), $"{processPath} is not what PATH finds as 'xanolink', so Git is given its full path");
        }

        var dotnet = process == "dotnet" ? processPath! : dotnetHostPath ?? "dotnet";
        if (repositoryTop is not null && LocalToolManifest(repositoryTop) is { } manifest)
        {
            return new DriverCommand("dotnet xanolink", $"the local tool of {manifest}; each clone runs 'dotnet tool restore'");
        }

        return new DriverCommand($"{Quote(dotnet)} {Quote(assembly)}", "xanolink runs as a .dll, so Git is given its full path; run git-setup again after updating the tool");
    }

    /// <summary>Quoted for the POSIX shell Git runs driver commands with (Git for Windows too).</summary>
    public static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "_-./:@%+=,".Contains(c, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string? Which(string name, string? pathVariable)
    {
        var names = OperatingSystem.IsWindows() ? [name + ".exe", name + ".cmd", name] : new[] { name };
        foreach (var folder in (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names.Select(n => Path.Combine(folder, n)))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool SameFile(string? a, string b) => a is not null && string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>The tool manifest that <c>dotnet xanolink</c> run in <paramref name="folder"/> would use, when it pins xanolink.</summary>
    private static string? LocalToolManifest(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            foreach (var file in new[] { Path.Combine(dir.FullName, ".config", "dotnet-tools.json"), Path.Combine(dir.FullName, "dotnet-tools.json") })
            {
                if (!File.Exists(file))
                {
                    continue;
                }

                JObject manifest;
                try
                {
                    manifest = JObject.Parse(File.ReadAllText(file));
                }
                catch (JsonException)
                {
                    return null; // dotnet itself would stop at a broken manifest
                }

                var pins = (manifest["tools"] as JObject)?.Properties()
                    .Any(t => (t.Value["commands"] as JArray)?.Any(c => c.Type == JTokenType.String && (string?)c == "xanolink") == true) == true;
                if (pins)
                {
                    return file;
                }

                if (manifest["isRoot"]?.Type == JTokenType.Boolean && (bool)manifest["isRoot"]!)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
