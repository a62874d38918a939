using System.Runtime.CompilerServices;
using Xunit;

namespace XanoLink.Testing;

/// <summary>
/// Snapshot testing with approved files next to the test: Approved/CLASS.METHOD[.NAME].approved.EXT.
/// A difference (or a missing approved file) writes the .received. file beside it and fails;
/// set XANOLINK_APPROVE=1 to accept the received output.
/// </summary>
public static class Approvals
{
    public static void Verify(string actual, string? name = null, string extension = "txt", [CallerFilePath] string testFile = "", [CallerMemberName] string member = "")
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Approved");
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{member}{(name is null ? "" : "." + name)}";
        var approved = Path.Combine(folder, $"{stem}.approved.{extension}");
        var received = Path.Combine(folder, $"{stem}.received.{extension}");
        Directory.CreateDirectory(folder);
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable("XANOLINK_APPROVE") == "1")
        {
            File.WriteAllText(approved, actual);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved file {approved}; review {received} and rename it (or run with XANOLINK_APPROVE=1)."
            : $"Output differs from {approved}; see {received}.\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}
