using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Packages.Tests;

/// <summary>
/// A new user's path through the packages: install the tool and the templates from the feed, make a workspace,
/// build it, break it, and see the same positioned error from dotnet build and from the installed tool.
/// </summary>
[Collection(PackageTests.Name)]
[Trait(PackageTests.Trait, PackageTests.TraitValue)]
public sealed class NewWorkspaceTests(PackageFeed feed)
{
    [Fact]
    public void A_templated_workspace_builds_clean_and_a_broken_reference_fails_build_and_validate_at_its_position()
    {
        var folder = Path.Combine(feed.Machine, "new-workspace");
        Directory.CreateDirectory(folder);
        var tools = Path.Combine(folder, "tools");
        var hive = Path.Combine(folder, "hive");
        var ws = Path.Combine(folder, "ws");
        var xanolink = Path.Combine(tools, OperatingSystem.IsWindows() ? "xanolink.exe" : "xanolink");

        Succeeds(feed.Run(folder, "dotnet", "tool", "install", "XanoLink.Tool", "--tool-path", tools, "--configfile", feed.NuGetConfig, "--version", feed.Version));
        Succeeds(feed.Run(folder, "dotnet", "new", "install", feed.PackagePath("XanoLink.Templates"), "--debug:custom-hive", hive));
        // No --xanolink-version: the packed template defaults to its own package version.
        Succeeds(feed.Run(folder, "dotnet", "new", "xanolink-workspace", "-o", ws, "--debug:custom-hive", hive));
        Assert.Contains($"<XanoLinkVersion>{feed.Version}</XanoLinkVersion>", File.ReadAllText(Path.Combine(ws, "ws.csproj")), StringComparison.Ordinal);
        Assert.Contains($"\"version\": \"{feed.Version}\"", File.ReadAllText(Path.Combine(ws, ".config", "dotnet-tools.json")), StringComparison.Ordinal);

        var build = Succeeds(feed.Run(folder, "dotnet", "build", ws, "-nologo", "-tl:off", "-v:n", "-nodeReuse:false"));
        Assert.Contains("XanoLink: validated ", build.Output, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        // The tool the workspace pins in .config/dotnet-tools.json, as its CI restores it.
        Succeeds(feed.Run(ws, "dotnet", "tool", "restore"));
        Assert.Contains("Valid: 0 errors, 0 warnings", Succeeds(feed.Run(ws, "dotnet", "xanolink", "validate")).Output, StringComparison.Ordinal);

        var deps = Succeeds(feed.Run(folder, xanolink, "deps", "-w", ws, "--format", "json"));
        var selected = JObject.Parse(deps.Output)["selected"]!.Values<string>();
        Assert.Equal(["table:user", "apigroup:users", "api:users/me", "function:users/display_name"], selected);

        // The endpoint's Get Record step names a table the workspace does not have.
        var endpoint = Path.Combine(ws, "apis", "users", "me.json");
        var lines = File.ReadAllLines(endpoint);
        var index = Array.FindIndex(lines, l => l.Trim() == "\"table\": \"user\",");
        Assert.True(index >= 0, string.Join('\n', lines));
        lines[index] = lines[index].Replace("\"user\"", "\"no_such_table\"", StringComparison.Ordinal);
        File.WriteAllLines(endpoint, lines);
        var position = $"({index + 1},{lines[index].IndexOf("\"no_such_table\"", StringComparison.Ordinal) + 1}): error XL1030:";

        var broken = feed.Run(folder, "dotnet", "build", ws, "-nologo", "-tl:off", "-v:m", "-nodeReuse:false");
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains(endpoint + position, broken.Output, StringComparison.Ordinal);

        var validate = feed.Run(folder, xanolink, "validate", "-w", ws);
        Assert.True(validate.ExitCode == 1, validate.ToString());
        Assert.Contains("apis/users/me.json" + position, validate.Output, StringComparison.Ordinal);
    }

    private static ProcessResult Succeeds(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
