namespace XanoLink.Manifest;

/// <summary>
/// git check-ref-format's rules for a branch name, so a bad name is caught before Git sees it; also the names Git takes
/// for something else: HEAD, a full ref (refs/...), an option (-x) and '@'.
/// </summary>
public static class RefNames
{
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        foreach (var c in name)
        {
            if (char.IsControl(c) || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\')
            {
                return $"it holds '{(char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString())}', which Git does not allow in a branch name";
            }
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            return "it holds '..'";
        }

        if (name.Contains("@{", StringComparison.Ordinal) || name == "@")
        {
            return "it holds '@{' or is '@'";
        }

        if (name.StartsWith('/') || name.EndsWith('/') || name.Contains("//", StringComparison.Ordinal))
        {
            return "it starts or ends with '/' or holds '//'";
        }

        if (name.StartsWith('-'))
        {
            return "it starts with '-', so Git would read it as an option";
        }

        if (name == "HEAD")
        {
            return "'HEAD' names the checked-out commit, not a branch";
        }

        if (name.StartsWith("refs/", StringComparison.Ordinal))
        {
            return "it starts with 'refs/': give the branch's short name (link/x, not refs/heads/link/x)";
        }

        if (name.EndsWith('.'))
        {
            return "it ends with '.'";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.StartsWith('.') || segment.EndsWith(".lock", StringComparison.Ordinal))
            {
                return $"its part '{segment}' starts with '.' or ends with '.lock'";
            }
        }

        return null;
    }
}
