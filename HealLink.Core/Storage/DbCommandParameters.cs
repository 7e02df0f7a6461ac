using System.Data.Common;

namespace HealLink.Core.Storage;

/// <summary>Parameters for the SQL written by hand, named with <c>@</c>, which both SQLite and PostgreSQL read.</summary>
internal static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
