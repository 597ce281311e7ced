package org.bidbench.signing.internal;

import java.util.Map;

import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;

/**
 * Bouncy Castle's signed attributes (content type, message digest, algorithm protection) plus
 * ours, without the CMS signing-time: PAdES takes the time from the signature dictionary's /M
 * entry and says the CMS must not carry one.
 */
public final class SignedAttributesWithoutTime implements CMSAttributeTableGenerator {

	private final DefaultSignedAttributeTableGenerator defaults;

	public SignedAttributesWithoutTime(AttributeTable extra) {
		this.defaults = new DefaultSignedAttributeTableGenerator(extra);
	}

	@Override
	public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
		return defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
	}
}
