namespace XanoLink.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
