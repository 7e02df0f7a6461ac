using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HealLink.Core.Storage.Encryption;

/// <summary>One model per context type and cipher: a model's encrypting converters belong to one cipher.</summary>
internal sealed class FieldEncryptionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), FieldEncryptionExtension.CipherOf(context), designTime);
}
