-- What a rating leads to (issue 17 point 4): a bar and a lost standing go together.
--
-- 苏州 7.6.3: "机构采取虚假申报等不正当手段获得星级的，由评定部门取消已评定的星级并予以公告，该机构两年内不得申请参加星级评定":
-- a bar recorded under the scheme's bar exclusion (publication.bar, SCHEME-FORMAT.md section 16) also queues the
-- publication that takes the agency's current standing away (kind 'cancel': the lowest band, on no list; 佛山: the
-- 'downgrade' that revokes the title): standing_publication_id.
-- 佛山 四（二）: "评定年度内发现违法违规行为的，一律取消标杆机构称号，一年内不再作为标杆机构候选单位": a confirmed revocation
-- (downgrade_decision) records the bar of the next rating year by itself: sanction_id names the sanction, and
-- standing_publication_id the revoking publication.
ALTER TABLE rating_bar
    ADD COLUMN standing_publication_id BIGINT NULL COMMENT 'the publication queued that took the standing away',
    ADD COLUMN sanction_id BIGINT NULL COMMENT 'the sanction whose confirmed revocation made the bar (佛山)';
