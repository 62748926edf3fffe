package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.interdict.application.SharedSecrets;

import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared secrets in the {@code application_secret} table: the first node to need one inserts a random
 * value, a node that races it keeps the stored one (insert … on conflict do nothing, then read).
 * Kept in memory once read: secrets are never changed in place.
 */
@ApplicationScoped
public class JpaSharedSecrets implements SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConcurrentHashMap<String, byte[]> known = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] secret(String name) {
        byte[] secret = known.get(name);
        if (secret != null) {
            return secret.clone();
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("insert into application_secret (name, secret) values (?1, ?2) on conflict (name) do nothing")
                .setParameter(1, name).setParameter(2, fresh).executeUpdate();
        byte[] stored = (byte[]) em.createNativeQuery("select secret from application_secret where name = ?1")
                .setParameter(1, name).getSingleResult();
        known.put(name, stored);
        return stored.clone();
    }
}
